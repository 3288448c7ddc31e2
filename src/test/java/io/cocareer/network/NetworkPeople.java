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

/** People with accounts hired for one network test: a talent, their manager, colleagues. */
record NetworkPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "network-test-1";

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		String key = Long.toString(System.nanoTime(), 36);
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID personId = this.people.create(PeopleTestActors.HR, new SavePerson("NW" + key, "Net", "Person " + key,
				"network." + key + "@test.cocareer.io", "Analyst", unit, managerId, LocalDate.of(2019, 4, 1)));
		PersonView person = this.people.profile(PeopleTestActors.HR, personId).person();
		String username = "nw" + key;
		this.accounts.create(username, PASSWORD, personId, person.fullName(), Set.of(roles));
		return new Member(this.port, personId, person.employeeId(), person.fullName(), username);
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
