package io.cocareer.alumni.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.ReentryDecided;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.ReturnRated;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review tests' own alumni and hires, all in 1996 so that no other test's people fall in that
 * period: 30 people hired in 1990 leave on 1995-06-30 and join the alumni (20 with consent; 12
 * interviews giving "growth", 6 "pay", 3 "relocation"); in 1996, 10 of the contactable take part
 * (5 at an event, 5 referring a candidate who is hired), 5 of those without consent come back
 * (away 6, 9, 11, 14 and 18 months; rated 3→4, 4→4, 2→4, 5→4, 3→5) and 45 people are hired: 50 hires
 * of which 5 rehires (10.0 %), 5 hires referred by alumni (10.0 %), a median of 11 months away,
 * a mean change in rating of +0.8.
 */
final class AlumniReviewWorld {

	static final LocalDate FROM = LocalDate.of(1996, 1, 1);

	static final LocalDate TO = LocalDate.of(1996, 12, 31);

	static final String PERIOD = "?from=1996-01-01&to=1996-12-31";

	private static final LocalDate LEFT = LocalDate.of(1995, 6, 30);

	private static boolean built;

	private final PeopleService people;

	private final AlumniRegister register;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlumniReviewWorld(PeopleService people, AlumniRegister register, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.people = people;
		this.register = register;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Builds the world once for the test run (every integration test shares one database). */
	static synchronized void ensure(PeopleService people, AlumniRegister register, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		if (!built) {
			new AlumniReviewWorld(people, register, events, transactions, clock).build();
			built = true;
		}
	}

	private void build() {
		List<PersonId> consenting = new ArrayList<>();
		List<PersonId> silent = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String interview = (i < 12) ? "rv-growth" : (i < 18) ? "rv-pay" : (i < 21) ? "rv-relocation" : null;
			PersonId id = hire(LocalDate.of(1990, 1, 1));
			boolean consents = i % 3 != 2;
			leave(id, interview, consents);
			(consents ? consenting : silent).add(id);
		}
		for (int i = 0; i < 5; i++) {
			this.register.recordInteraction(PeopleTestActors.HR, consenting.get(i),
					new RecordInteraction(InteractionKind.EVENT, LocalDate.of(1996, 4, 1), "Alumni evening", null));
		}
		for (int i = 5; i < 10; i++) {
			UUID referral = this.register.recordInteraction(PeopleTestActors.HR, consenting.get(i),
					new RecordInteraction(InteractionKind.REFERRAL, LocalDate.of(1996, 2, 1), "Referred an engineer", null));
			this.register.markReferralHired(PeopleTestActors.HR, referral);
		}
		LocalDate[] back = { LocalDate.of(1996, 1, 15), LocalDate.of(1996, 3, 31), LocalDate.of(1996, 6, 1),
				LocalDate.of(1996, 8, 31), LocalDate.of(1996, 12, 30) };
		int[][] ratings = { { 3, 4 }, { 4, 4 }, { 2, 4 }, { 5, 4 }, { 3, 5 } };
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		for (int i = 0; i < 5; i++) {
			PersonId id = silent.get(i);
			int prior = ratings[i][0];
			this.transactions.executeWithoutResult((tx) -> this.events
				.publishEvent(new ReentryDecided(id, ReentryDecision.FIT, prior, LocalDate.of(1995, 12, 1))));
			this.people.rehire(PeopleTestActors.HR, id.value(), back[i], unit);
		}
		for (int i = 0; i < 5; i++) {
			PersonId id = silent.get(i);
			Awaitility.await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(this.register.record(id).orElseThrow().rehiredOn()).isNotNull());
			int after = ratings[i][1];
			this.transactions.executeWithoutResult(
					(tx) -> this.events.publishEvent(new ReturnRated(id, after, LocalDate.of(1997, 1, 15))));
		}
		for (int i = 0; i < 45; i++) {
			hire(LocalDate.of(1996, 3, 1));
		}
	}

	private PersonId hire(LocalDate on) {
		String key = "AR" + UUID.randomUUID().toString().substring(0, 8);
		return PersonId.of(this.people.create(PeopleTestActors.HR,
				new SavePerson(key, "Rev", "Alumna " + key, key.toLowerCase() + "@test.cocareer.io", "Analyst", null, null, on)));
	}

	private void leave(PersonId id, String interview, boolean consents) {
		ContactConsent consent = consents ? new ContactConsent(id.value() + "@example.org",
				Set.of(ContactChannel.EMAIL), ContactCadence.QUARTERLY, this.clock.instant()) : null;
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id.value(), LEFT, "Left");
			this.events.publishEvent(new ExitCompleted(id, LEFT, "new-role", ExitReasonKind.CAREER_GOAL,
					ExitReasonKind.CAREER_GOAL.defaultEligibility(), consent, interview));
		});
	}

}
