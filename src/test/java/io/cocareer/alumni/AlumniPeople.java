package io.cocareer.alumni;

import java.time.LocalDate;
import java.util.Locale;
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
 * People with accounts hired for one alumni test (hired on the day given, reporting to the manager
 * given), each with API and page helpers.
 */
public record AlumniPeople(int port, PeopleService people, AccountService accounts) {

	public static final String PASSWORD = "alumni-test-1";

	public Member hire(UUID managerId, Role... roles) {
		return hire(LocalDate.of(2019, 4, 1), managerId, roles);
	}

	public Member hire(LocalDate hiredOn, UUID managerId, Role... roles) {
		String key = Long.toString(System.nanoTime(), 36);
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID personId = this.people.create(PeopleTestActors.HR, new SavePerson("AL" + key.toUpperCase(Locale.ROOT),
				"Alum", "Person " + key, "al." + key + "@test.cocareer.io", "Analyst", unit, managerId, hiredOn));
		PersonView person = this.people.profile(PeopleTestActors.HR, personId).person();
		String username = "al" + key;
		this.accounts.create(username, PASSWORD, personId, person.fullName(), Set.of(roles));
		return new Member(this.port, personId, person.fullName(), username);
	}

	public record Member(int port, UUID personId, String name, String username) {

		public ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		public WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
