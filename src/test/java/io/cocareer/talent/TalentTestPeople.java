package io.cocareer.talent;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.people.PeopleService;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.support.ApiClient;

/** People for talent tests: the demo ones by their accounts, and fresh ones nobody else relies on. */
final class TalentTestPeople {

	private TalentTestPeople() {
	}

	static UUID personOf(int port, String username) {
		return UUID.fromString(ApiClient.as(port, username, "demo").get("/api/v1/me").json().path("person").path("id").asString());
	}

	/** A new person in the first unit, reporting to the manager (if given). */
	static UUID newPerson(PeopleService people, UUID managerId) {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = people.units().get(0);
		return people.create(new SavePerson("TT" + key, "Test", "Talent " + key, "talent." + key + "@test.cocareer.io",
				"Analyst", unit.id(), managerId, LocalDate.of(2024, 3, 1)));
	}

}
