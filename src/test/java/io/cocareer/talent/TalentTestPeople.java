package io.cocareer.talent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;

/** People for talent tests: the demo ones by their accounts, and fresh ones nobody else relies on. */
public final class TalentTestPeople {

	private TalentTestPeople() {
	}

	public static UUID personOf(int port, String username) {
		return personOf(port, username, "demo");
	}

	public static UUID personOf(int port, String username, String password) {
		return UUID.fromString(
				ApiClient.as(port, username, password).get("/api/v1/me").json().path("person").path("id").asString());
	}

	public static final String PASSWORD = "talent-test-1";

	/** A new person reporting to the manager, with an account (password {@link #PASSWORD}) with the talent role only. */
	public static String newTalentAccount(PeopleService people, AccountService accounts, UUID managerId) {
		UUID person = newPerson(people, managerId);
		String username = "tt" + Long.toString(System.nanoTime(), 36);
		accounts.create(username, PASSWORD, person, people.profile(PeopleTestActors.HR, person).person().fullName(), Set.of(Role.TALENT));
		return username;
	}

	/** A new person in the first unit, reporting to the manager (if given). */
	public static UUID newPerson(PeopleService people, UUID managerId) {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = people.units(PeopleTestActors.HR).get(0);
		return people.create(PeopleTestActors.HR, new SavePerson("TT" + key, "Test", "Talent " + key, "talent." + key + "@test.cocareer.io",
				"Analyst", unit.id(), managerId, LocalDate.of(2024, 3, 1)));
	}

}
