package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People for one re-entry test: a talent lead, managers, and alumni who left through a completed
 * exit (the register makes them alumni from {@link ExitCompleted}; their account keeps the alumni
 * role once the staff roles come off at leaving).
 */
record ReentryPeople(int port, PeopleService people, AccountService accounts, ApplicationEventPublisher events,
		TransactionTemplate transactions, Clock clock) {

	static final String PASSWORD = "reentry-test-1";

	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "re", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	/** Someone hired on 1 April 2019 who left months ago for a reason of this kind, with consent (or not). */
	Member alumnus(int monthsAgo, ExitReasonKind kind, RehireEligibility eligibility, boolean consent) {
		Member member = hire(null, Role.TALENT, Role.ALUMNUS);
		LocalDate on = LocalDate.now(this.clock).minusMonths(monthsAgo);
		ContactConsent given = consent ? new ContactConsent("private." + member.username() + "@example.org",
				Set.of(ContactChannel.EMAIL), ContactCadence.QUARTERLY, Instant.now(this.clock)) : null;
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, member.personId(), on, "Left");
			this.events.publishEvent(new ExitCompleted(PersonId.of(member.personId()), on, "new-role", kind, eligibility,
					given, null));
		});
		return member;
	}

	Member alumnus() {
		return alumnus(14, ExitReasonKind.CAREER_GOAL, RehireEligibility.YES, true);
	}

	UUID firstUnit() {
		return this.people.units(PeopleTestActors.HR).get(0).id();
	}

	record Member(int port, UUID personId, String employeeId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

	}

}
