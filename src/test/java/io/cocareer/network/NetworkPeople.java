package io.cocareer.network;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

/**
 * People with accounts hired for one network test: a talent, their manager, colleagues. The
 * network's nested modules hire theirs through {@link #hire(PeopleService, AccountService, String, String, UUID, Role...)}
 * and wrap them in members with their own API helpers.
 */
public record NetworkPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "network-test-1";

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		Hired hired = hire(this.people, this.accounts, "nw", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	/**
	 * A person of the first unit (reporting to the manager, if given) with an account holding the
	 * roles, its user name and employee id made of the prefix and a fresh key.
	 */
	public static Hired hire(PeopleService people, AccountService accounts, String prefix, String password,
			UUID managerId, Role... roles) {
		String key = Long.toString(System.nanoTime(), 36);
		UUID unit = people.units(PeopleTestActors.HR).get(0).id();
		UUID personId = people.create(PeopleTestActors.HR, new SavePerson(prefix.toUpperCase(java.util.Locale.ROOT) + key,
				"Net", "Person " + key, prefix + "." + key + "@test.cocareer.io", "Analyst", unit, managerId,
				LocalDate.of(2019, 4, 1)));
		PersonView person = people.profile(PeopleTestActors.HR, personId).person();
		String username = prefix + key;
		accounts.create(username, password, personId, person.fullName(), Set.of(roles));
		return new Hired(personId, person.employeeId(), person.fullName(), username);
	}

	/** Who was hired: their person, employee id, full name and user name. */
	public record Hired(UUID personId, String employeeId, String name, String username) {

	}

	record Member(int port, UUID personId, String employeeId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
