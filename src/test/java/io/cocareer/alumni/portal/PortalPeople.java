package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People for one portal test: a talent lead, staff, and alumni made the way the exit protocol
 * makes them (the person leaves and {@link ExitCompleted} is published in one transaction, with
 * or without consent), each with an account of their own.
 */
public record PortalPeople(int port, PeopleService people, AccountService accounts, ApplicationEventPublisher events,
		TransactionTemplate transactions, Clock clock) {

	public static final String PASSWORD = "portal-test-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Member staff(Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "pt", PASSWORD, null, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username(),
				Set.of(roles));
	}

	/** An alumnus who left months ago, with consent to be contacted at a private email. */
	public Member alumnus() {
		return alumnus(true);
	}

	public Member alumnus(boolean consent) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "pa", PASSWORD, null, Role.ALUMNUS);
		PersonId id = PersonId.of(hired.personId());
		LocalDate on = LocalDate.now(this.clock).minusMonths(6);
		ContactConsent given = consent ? new ContactConsent("private." + hired.username() + "@example.org",
				Set.of(ContactChannel.EMAIL, ContactChannel.NEWSLETTER), ContactCadence.QUARTERLY, this.clock.instant())
				: null;
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id.value(), on, "Left for a new role");
			this.events.publishEvent(new ExitCompleted(id, on, "new-role", ExitReasonKind.CAREER_GOAL,
					ExitReasonKind.CAREER_GOAL.defaultEligibility(), given, null));
		});
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username(),
				Set.of(Role.ALUMNUS));
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	public record Member(int port, UUID personId, String employeeId, String name, String username, Set<Role> roles) {

		public ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		public WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

		public Actor actor() {
			return new Actor(AccountId.of(UUID.randomUUID()), this.username, PersonId.of(this.personId), this.name,
					this.roles);
		}

	}

}
