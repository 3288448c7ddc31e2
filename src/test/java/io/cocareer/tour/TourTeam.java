package io.cocareer.tour;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

/**
 * A manager and a talent who reports to them, both with accounts, hired for one test. A test's
 * tours belong to its own team, so no other test's tour shares their talent, their dates or their
 * time share, and a test may place its tours wherever its story needs them.
 */
public record TourTeam(int port, Member manager, Member talent) {

	/** The password of every team member's account. */
	public static final String PASSWORD = TourTestPeople.PASSWORD;

	/** Team members were hired long before any tour a test places, in the past or the future. */
	private static final LocalDate HIRED_ON = LocalDate.of(2010, 1, 4);

	/** Hires a manager (with the manager and talent roles, as the demo's Marco) and a talent reporting to them. */
	public static TourTeam hire(int port, PeopleService people, AccountService accounts) {
		Member manager = member(people, accounts, "Manager", null, Role.MANAGER, Role.TALENT);
		Member talent = member(people, accounts, "Talent", manager.personId(), Role.TALENT);
		return new TourTeam(port, manager, talent);
	}

	private static Member member(PeopleService people, AccountService accounts, String role, UUID managerId,
			Role... roles) {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = people.units(PeopleTestActors.HR).get(0);
		UUID personId = people.create(PeopleTestActors.HR, new SavePerson("TM" + key, role, "Member " + key,
				"team." + key + "@test.cocareer.io", role, unit.id(), managerId, HIRED_ON));
		PersonView person = people.profile(PeopleTestActors.HR, personId).person();
		String username = "team" + key;
		accounts.create(username, PASSWORD, personId, person.fullName(), Set.of(roles));
		return new Member(personId, person.employeeId(), person.fullName(), username);
	}

	/** The manager's API client (HTTP Basic). */
	public ApiClient managerApi() {
		return ApiClient.as(this.port, this.manager.username(), PASSWORD);
	}

	/** The talent's API client (HTTP Basic). */
	public ApiClient talentApi() {
		return ApiClient.as(this.port, this.talent.username(), PASSWORD);
	}

	/** The manager signed in to the web pages. */
	public WebSession managerSession() {
		return WebSession.signIn(this.port, this.manager.username(), PASSWORD);
	}

	/** The talent signed in to the web pages. */
	public WebSession talentSession() {
		return WebSession.signIn(this.port, this.talent.username(), PASSWORD);
	}

	/** One person of the team, as the tests name, find and sign them in. */
	public record Member(UUID personId, String employeeId, String name, String username) {

	}

}
