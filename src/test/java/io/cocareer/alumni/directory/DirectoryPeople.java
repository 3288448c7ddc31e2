package io.cocareer.alumni.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People for one directory test: alumni who left through a completed exit (with or without
 * consent), with an alumnus' account, and staff (a talent lead, a manager, a talent).
 */
public record DirectoryPeople(int port, PeopleService people, AccountService accounts, ApplicationEventPublisher events,
		TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {

	static final String PASSWORD = "directory-test-1";

	static final String PROFILE = "/api/v1/me/alumni-profile";

	/** Someone who left eight months ago with consent to be contacted: an alumnus with an empty, unlisted profile. */
	public Member alumnus() {
		return alumnus(true);
	}

	public Member alumnus(boolean consent) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "al", PASSWORD, null, Role.ALUMNUS);
		PersonId id = PersonId.of(hired.personId());
		LocalDate on = LocalDate.now(this.clock).minusMonths(8);
		ContactConsent given = consent ? new ContactConsent("private." + hired.username() + "@example.org",
				Set.of(ContactChannel.EMAIL), ContactCadence.QUARTERLY, this.clock.instant()) : null;
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id.value(), on, "Left");
			this.events.publishEvent(new ExitCompleted(id, on, "new-role", ExitReasonKind.CAREER_GOAL,
					ExitReasonKind.CAREER_GOAL.defaultEligibility(), given, null));
		});
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from alumni_profile where person_id = ?")
				.param(id.value())
				.query(Long.class)
				.single() == 1);
		return new Member(this.port, hired.personId(), hired.name(), hired.username(),
				new Actor(AccountId.of(UUID.randomUUID()), hired.username(), id, hired.name(), Set.of(Role.ALUMNUS)));
	}

	/** A member of staff with an account holding the roles. */
	Member staff(Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "dir", PASSWORD, null, roles);
		return new Member(this.port, hired.personId(), hired.name(), hired.username(),
				new Actor(AccountId.of(UUID.randomUUID()), hired.username(), PersonId.of(hired.personId()), hired.name(),
						Set.of(roles)));
	}

	/** The alumnus fills in their profile through the API. */
	static ApiClient.Response save(Member alumnus, String employer, String role, String headline, boolean listed,
			String... skills) {
		ApiClient api = alumnus.api();
		long version = api.get(PROFILE).json().path("version").asLong();
		StringBuilder skillList = new StringBuilder();
		for (String skill : skills) {
			skillList.append(skillList.isEmpty() ? "" : ",").append('"').append(skill).append('"');
		}
		return api.put(PROFILE, """
				{"employer": "%s", "role": "%s", "headline": "%s", "location": "Amsterdam",
				 "linkedinUrl": "https://www.linkedin.com/in/%s", "skills": [%s], "listed": %s, "version": %d}
				""".formatted(employer, role, headline, alumnus.username(), skillList, listed, version));
	}

	public record Member(int port, UUID personId, String name, String username, Actor actor) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
