package io.cocareer.alumni.register;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.ReentryDecided;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.ReturnRated;
import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register makes alumni from completed exits (not from dismissals for cause), places them in
 * tiers by its rules, keeps consent the alumnus' own to change or withdraw, follows a boomerang's
 * return and their ratings, and forgets the words and the email of an erased alumnus. Nobody but
 * the alumnus and the talent lead reads or writes it.
 */
@IntegrationTest
class AlumniRegisterIntegrationTests {

	@Autowired
	AlumniRegister register;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCompletedExitMakesAnAlumnusInTheTierTheirConsentAndInteractionsGiveThem() {
		LocalDate today = LocalDate.now(this.clock);
		Alumnus alex = leave("al", today.minusMonths(8), ExitReasonKind.CAREER_GOAL, consent());
		assertThat(this.register.record(alex.id())).hasValueSatisfying((record) -> {
			assertThat(record.tier()).isEqualTo(AlumniTier.CONNECTED);
			assertThat(record.contactable()).isTrue();
			assertThat(record.consent().channels()).containsExactlyInAnyOrder(ContactChannel.EMAIL, ContactChannel.EVENTS);
			assertThat(record.eligibility()).isEqualTo(RehireEligibility.YES);
		});

		this.register.recordInteraction(alex.actor(), alex.id(),
				new RecordInteraction(InteractionKind.EVENT, today.minusDays(3), "Came to the autumn alumni evening", null));
		assertThat(this.register.mine(alex.actor()).orElseThrow().tier()).isEqualTo(AlumniTier.ENGAGED);
		// the lead's tier filter reads the same rules from the register's rows
		assertThat(this.register.inTier(lead(), AlumniTier.ENGAGED)).contains(alex.id());
		assertThat(this.register.inTier(lead(), AlumniTier.CONNECTED)).doesNotContain(alex.id());

		this.register.setDistinguished(lead(), alex.id(), true);
		assertThat(this.register.record(alex.id()).orElseThrow().tier()).isEqualTo(AlumniTier.DISTINGUISHED);
		assertThat(this.register.inTier(lead(), AlumniTier.DISTINGUISHED)).contains(alex.id());
		assertThat(this.register.inTier(lead(), AlumniTier.ENGAGED)).doesNotContain(alex.id());
		assertThat(this.register.all(lead())).anySatisfy((record) -> assertThat(record.personId()).isEqualTo(alex.id()));
	}

	@Test
	void someoneDismissedForCauseIsNotInGoodStandingAndDoesNotJoin() {
		Alumnus fired = leave("fc", LocalDate.now(this.clock).minusMonths(2), ExitReasonKind.FOR_CAUSE, consent());
		assertThat(this.register.record(fired.id())).isEmpty();
		assertThat(this.register.contactable(fired.id())).isFalse();
	}

	@Test
	void withdrawingConsentStopsContactAtOnceAndAWithdrawalWithoutChannelIsNotAConsent() {
		Alumnus sam = leave("wc", LocalDate.now(this.clock).minusMonths(3), ExitReasonKind.PERSONAL, consent());

		assertThatThrownBy(() -> this.register.changeConsent(sam.actor(),
				new ContactConsent("sam@example.org", Set.of(), ContactCadence.YEARLY, this.clock.instant())))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("channels"));
		assertThatThrownBy(() -> this.register.changeConsent(sam.actor(),
				new ContactConsent("not an email", Set.of(ContactChannel.PHONE), ContactCadence.YEARLY, this.clock.instant())))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("email"));
		assertThat(this.register.record(sam.id()).orElseThrow().consent().email()).isEqualTo("private@example.org");

		this.register.changeConsent(sam.actor(), null);
		assertThat(this.register.contactable(sam.id())).isFalse();
		assertThat(this.register.record(sam.id()).orElseThrow().tier()).isEqualTo(AlumniTier.ELIGIBLE);
		assertThat(this.register.inTier(lead(), AlumniTier.ELIGIBLE)).contains(sam.id());
		assertThat(this.register.inTier(lead(), AlumniTier.CONNECTED)).doesNotContain(sam.id());

		this.register.changeConsent(sam.actor(),
				new ContactConsent(" sam@example.org ", Set.of(ContactChannel.NEWSLETTER), ContactCadence.QUARTERLY, null));
		assertThat(this.register.record(sam.id()).orElseThrow().consent().email()).isEqualTo("sam@example.org");
		assertThat(this.register.contactable(sam.id())).isTrue();
	}

	@Test
	void onlyTheAlumnusAndTheTalentLeadReadOrWriteTheRegister() {
		LocalDate today = LocalDate.now(this.clock);
		Alumnus kim = leave("pr", today.minusMonths(5), ExitReasonKind.CAREER_GOAL, consent());
		Alumnus other = leave("po", today.minusMonths(5), ExitReasonKind.CAREER_GOAL, consent());
		RecordInteraction contact = new RecordInteraction(InteractionKind.CONTACT, today, "A call", null);

		for (Role role : EnumSet.of(Role.MANAGER, Role.TALENT, Role.ADMIN)) {
			Actor staff = new Actor(AccountId.of(UUID.randomUUID()), "someone", PersonId.of(UUID.randomUUID()), "Someone",
					Set.of(role));
			assertThatThrownBy(() -> this.register.all(staff)).isInstanceOf(PermissionDenied.class);
			assertThatThrownBy(() -> this.register.mine(staff)).isInstanceOf(PermissionDenied.class);
			assertThatThrownBy(() -> this.register.recordInteraction(staff, kim.id(), contact))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.register.setDistinguished(staff, kim.id(), true))
				.isInstanceOf(PermissionDenied.class);
		}
		// another alumnus: kim does not exist for them; kim logs no collaboration of their own
		assertThatThrownBy(() -> this.register.recordInteraction(other.actor(), kim.id(), contact))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.register.all(kim.actor())).isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.register.recordInteraction(kim.actor(), kim.id(),
				new RecordInteraction(InteractionKind.COLLABORATION, today, "A deal", 100L)))
			.isInstanceOf(PermissionDenied.class);
		assertThat(this.register.interactions(kim.id())).isEmpty();
	}

	@Test
	void anInteractionIsDatedBetweenTheExitAndTodayAndSaysWhatHappened() {
		LocalDate today = LocalDate.now(this.clock);
		Alumnus lee = leave("iv", today.minusMonths(4), ExitReasonKind.PERSONAL, consent());
		assertThatThrownBy(() -> this.register.recordInteraction(lead(), lee.id(),
				new RecordInteraction(InteractionKind.CONTACT, today.minusMonths(5), "Before", null)))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("occurredOn"));
		assertThatThrownBy(() -> this.register.recordInteraction(lead(), lee.id(),
				new RecordInteraction(InteractionKind.CONTACT, today.plusDays(1), "Tomorrow", null)))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("occurredOn"));
		assertThatThrownBy(() -> this.register.recordInteraction(lead(), lee.id(),
				new RecordInteraction(InteractionKind.CONTACT, today, "  ", null)))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("summary"));
		assertThatThrownBy(() -> this.register.recordInteraction(lead(), lee.id(),
				new RecordInteraction(InteractionKind.COLLABORATION, today, "A deal", -1L)))
			.isInstanceOfSatisfying(InvalidInput.class, (e) -> assertThat(e.field()).isEqualTo("valueCents"));
		assertThat(this.register.interactions(lee.id())).isEmpty();
	}

	@Test
	void theFactsSumEachAlumnusInteractionsForTheReview() {
		LocalDate today = LocalDate.now(this.clock);
		Alumnus ana = leave("fa", today.minusYears(2), ExitReasonKind.CAREER_GOAL, consent());
		this.register.recordInteraction(lead(), ana.id(),
				new RecordInteraction(InteractionKind.COLLABORATION, today.minusMonths(3), "Pilot with her new firm", 1_250_000L));
		this.register.recordInteraction(lead(), ana.id(),
				new RecordInteraction(InteractionKind.COLLABORATION, today.minusMonths(18), "Talk at our summit", 50_000L));
		UUID referral = this.register.recordInteraction(ana.actor(), ana.id(),
				new RecordInteraction(InteractionKind.REFERRAL, today.minusMonths(1), "Referred a data engineer", null));
		this.register.recordInteraction(ana.actor(), ana.id(),
				new RecordInteraction(InteractionKind.REFERRAL, today.minusDays(2), "Referred a designer", null));
		this.register.markReferralHired(lead(), referral);

		AlumnusFacts facts = this.register.facts().stream().filter((f) -> f.personId().equals(ana.id())).findFirst()
			.orElseThrow();
		assertThat(facts.collaborations()).isEqualTo(2);
		assertThat(facts.collaborationValueCents()).isEqualTo(1_300_000L);
		assertThat(facts.referrals()).isEqualTo(2);
		assertThat(facts.referralHires()).isEqualTo(1);
		assertThat(facts.interactionsLastYear()).isEqualTo(3);
		assertThat(facts.lastInteractionOn()).isEqualTo(today.minusDays(2));
		assertThat(facts.tier()).isEqualTo(AlumniTier.ENGAGED);
		// over the last two months: one referral (hired), one not yet
		PeriodFacts recent = this.register.factsBetween(today.minusMonths(2), today).stream()
			.filter((f) -> f.alumnus().personId().equals(ana.id())).findFirst().orElseThrow();
		assertThat(recent.alumnus()).isEqualTo(facts);
		assertThat(recent).extracting(PeriodFacts::interactions, PeriodFacts::collaborations,
				PeriodFacts::collaborationValueCents, PeriodFacts::referrals, PeriodFacts::referralHires)
			.containsExactly(2, 0, 0L, 2, 1);
		// from 20 to 2 months ago, both ends included: both collaborations, no referral
		PeriodFacts earlier = this.register.factsBetween(today.minusMonths(20), today.minusMonths(3)).stream()
			.filter((f) -> f.alumnus().personId().equals(ana.id())).findFirst().orElseThrow();
		assertThat(earlier).extracting(PeriodFacts::interactions, PeriodFacts::collaborations,
				PeriodFacts::collaborationValueCents, PeriodFacts::referrals, PeriodFacts::referralHires)
			.containsExactly(2, 2, 1_300_000L, 0, 0);
		assertThat(this.register.interactions(ana.id())).extracting(InteractionView::occurredOn)
			.containsExactly(today.minusDays(2), today.minusMonths(1), today.minusMonths(3), today.minusMonths(18));
	}

	@Test
	void aBoomerangIsFollowedBackAndTheirRatingsKeptAndAnErasedAlumnusLeavesNoWords() {
		LocalDate today = LocalDate.now(this.clock);
		Alumnus bo = leave("bo", today.minusYears(2), ExitReasonKind.CAREER_GOAL, consent());
		this.register.recordInteraction(lead(), bo.id(),
				new RecordInteraction(InteractionKind.CONTACT, today.minusYears(1), "Coffee with Bo Secretword", null));
		publish(new ReentryDecided(bo.id(), ReentryDecision.FIT, 3, today.minusMonths(2)));
		this.people.rehire(PeopleTestActors.HR, bo.id().value(), today.minusMonths(1),
				this.people.units(PeopleTestActors.HR).get(0).id());
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.register.record(bo.id()).orElseThrow().rehiredOn())
				.isEqualTo(today.minusMonths(1)));
		assertThat(this.register.contactable(bo.id())).isFalse();
		publish(new ReturnRated(bo.id(), 4, today));
		AlumnusFacts facts = this.register.facts().stream().filter((f) -> f.personId().equals(bo.id())).findFirst()
			.orElseThrow();
		assertThat(facts.priorRating()).isEqualTo(3);
		assertThat(facts.returnRating()).isEqualTo(4);

		this.people.recordLeaving(PeopleTestActors.HR, bo.id().value(), today, "Left again");
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.register.record(bo.id()).orElseThrow().leftAgainOn()).isEqualTo(today));
		this.people.erase(PeopleTestActors.HR, bo.id().value());
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select count(*) from alumni_interaction where summary like '%Secretword%'")
				.query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from alumnus where consent_email is not null and person_id = :id")
				.param("id", bo.id().value()).query(Long.class).single()).isZero();
		});
		assertThat(this.register.facts()).anySatisfy((f) -> assertThat(f.personId()).isEqualTo(bo.id()));
	}

	private Alumnus leave(String prefix, LocalDate on, ExitReasonKind kind, ContactConsent consent) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, prefix, "register-test-1", null,
				Role.TALENT);
		PersonId id = PersonId.of(hired.personId());
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id.value(), on, "Left");
			this.events.publishEvent(new ExitCompleted(id, on, "new-role", kind, kind.defaultEligibility(), consent, null));
		});
		return new Alumnus(id, new Actor(AccountId.of(UUID.randomUUID()), hired.username(), id, hired.name(),
				Set.of(Role.ALUMNUS)));
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
	}

	private ContactConsent consent() {
		return new ContactConsent("private@example.org", Set.of(ContactChannel.EMAIL, ContactChannel.EVENTS),
				ContactCadence.QUARTERLY, this.clock.instant());
	}

	private static Actor lead() {
		return PeopleTestActors.HR;
	}

	record Alumnus(PersonId id, Actor actor) {

	}

}
