package io.cocareer.tour;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Role;
import io.cocareer.tour.internal.Tour;

/** Fresh people with accounts for tour tests: outsiders, other managers, sponsors. */
public final class TourTestPeople {

	public static final String PASSWORD = "tour-test-1";

	private TourTestPeople() {
	}

	/** A new person reporting to the manager (if given), with an account holding the roles; returns the username. */
	public static String newAccount(PeopleService people, AccountService accounts, UUID managerId, Role... roles) {
		UUID person = newPerson(people, managerId);
		String username = "tt" + Long.toString(System.nanoTime(), 36);
		accounts.create(username, PASSWORD, person, people.profile(PeopleTestActors.HR, person).person().fullName(), Set.of(roles));
		return username;
	}

	public static UUID newPerson(PeopleService people, UUID managerId) {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = people.units(PeopleTestActors.HR).get(0);
		return people.create(PeopleTestActors.HR, new SavePerson("TO" + key, "Tour", "Person " + key, "tour." + key + "@test.cocareer.io",
				"Analyst", unit.id(), managerId, LocalDate.of(2024, 3, 1)));
	}

}
