package io.cocareer.tour.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TourTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final LocalDate START = LocalDate.of(2027, 1, 1);

	@Test
	void aProposedTourIsADraftWithItsTerms() {
		Tour tour = draft();

		assertThat(tour.state()).isEqualTo(TourState.DRAFT);
		assertThat(tour.timeShare()).isEqualTo(40);
		assertThat(tour.checkInCadenceDays()).isEqualTo(Tour.DEFAULT_CADENCE);
		assertThat(tour.endOn()).isEqualTo(START.plusMonths(6));
	}

	@Test
	void theWholeLifecycleInOrder() {
		Tour tour = draft();

		assertThat(tour.startConversation(NOW)).isEqualTo(TourState.DRAFT);
		assertThat(tour.awaitSignatures(NOW)).isEqualTo(TourState.IN_CONVERSATION);
		assertThat(tour.reopenConversation(NOW)).isEqualTo(TourState.AWAITING_SIGNATURES);
		tour.awaitSignatures(NOW);
		assertThat(tour.activate(NOW)).isEqualTo(TourState.AWAITING_SIGNATURES);
		assertThat(tour.startClosingReview(null, tour.endOn(), NOW)).isEqualTo(TourState.ACTIVE);
		assertThat(tour.complete(NOW)).isEqualTo(TourState.IN_CLOSING_REVIEW);
		assertThat(tour.state()).isEqualTo(TourState.COMPLETED);
	}

	@Test
	void aDraftCannotBeSignedOrActivated() {
		Tour tour = draft();

		assertThatThrownBy(() -> tour.activate(NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("A tour that is draft cannot become active")
			.extracting((ex) -> ((BusinessRuleViolation) ex).code())
			.isEqualTo("tour.illegalTransition");
		assertThatThrownBy(() -> tour.awaitSignatures(NOW)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> tour.complete(NOW)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(tour.state()).isEqualTo(TourState.DRAFT);
	}

	@Test
	void anActiveTourCannotGoBackToTheConversation() {
		Tour tour = active();

		assertThatThrownBy(() -> tour.reopenConversation(NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("A tour that is active cannot become in conversation");
	}

	@Test
	void endingEarlyNeedsAReasonAndIsFinal() {
		Tour tour = active();

		assertThatThrownBy(() -> tour.endEarly("  ", START, NOW)).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).field())
			.isEqualTo("reason");
		assertThat(tour.state()).isEqualTo(TourState.ACTIVE);

		tour.endEarly("The unit was merged", START.plusMonths(2), NOW);

		assertThat(tour.state()).isEqualTo(TourState.ENDED_EARLY);
		assertThat(tour.endedReason()).isEqualTo("The unit was merged");
		assertThatThrownBy(() -> tour.startClosingReview("why", START, NOW)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> tour.applyTerms(new Tour.Terms(START, START.plusMonths(1), 20, 14), NOW))
			.isInstanceOf(BusinessRuleViolation.class)
			.extracting((ex) -> ((BusinessRuleViolation) ex).code())
			.isEqualTo("tour.finished");
	}

	@ParameterizedTest
	@EnumSource(value = TourState.class, names = { "COMPLETED", "ENDED_EARLY" })
	void finishedStatesLeadNowhere(TourState state) {
		assertThat(state.next()).isEmpty();
		assertThat(state.finished()).isTrue();
	}

	@Test
	void onlySignedOrSigningToursCommitTime() {
		assertThat(TourState.DRAFT.commitsTime()).isFalse();
		assertThat(TourState.IN_CONVERSATION.commitsTime()).isFalse();
		assertThat(TourState.AWAITING_SIGNATURES.commitsTime()).isTrue();
		assertThat(TourState.SIGNED.commitsTime()).isTrue();
		assertThat(TourState.ACTIVE.commitsTime()).isTrue();
		assertThat(TourState.COMPLETED.commitsTime()).isFalse();
	}

	@Test
	void signedBeforeItsStartDateTheTourWaitsAsSignedAndBeginsOnThatDay() {
		Tour tour = awaitingSignatures();

		assertThat(tour.signedByBoth(START.minusDays(1), NOW)).isEqualTo(TourState.AWAITING_SIGNATURES);

		assertThat(tour.state()).isEqualTo(TourState.SIGNED);
		assertThat(tour.dueToBegin(START.minusDays(1))).isFalse();
		assertThatThrownBy(() -> tour.begin(START.minusDays(1), NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("The tour starts on 1 Jan 2027");
		assertThatThrownBy(() -> tour.startClosingReview(null, START.plusMonths(7), NOW))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(tour.dueToBegin(START)).isTrue();
		assertThat(tour.begin(START, NOW)).isEqualTo(TourState.SIGNED);
		assertThat(tour.state()).isEqualTo(TourState.ACTIVE);
		assertThat(tour.dueToBegin(START.plusDays(1))).isFalse();
	}

	@Test
	void signedOnOrAfterItsStartDateTheTourIsActiveAtOnce() {
		Tour onTheDay = awaitingSignatures();
		Tour late = awaitingSignatures();

		onTheDay.signedByBoth(START, NOW);
		late.signedByBoth(START.plusDays(10), NOW);

		assertThat(onTheDay.state()).isEqualTo(TourState.ACTIVE);
		assertThat(late.state()).isEqualTo(TourState.ACTIVE);
	}

	@Test
	void aSignedTourMayEndEarlyButNotGoBackToTheConversation() {
		assertThat(TourState.SIGNED.next()).containsExactlyInAnyOrder(TourState.ACTIVE, TourState.ENDED_EARLY);
		Tour tour = awaitingSignatures();
		tour.signedByBoth(START.minusMonths(1), NOW);

		assertThatThrownBy(() -> tour.reopenConversation(NOW)).isInstanceOf(BusinessRuleViolation.class);
		tour.endEarly("The budget was cut", START.minusDays(3), NOW);
		assertThat(tour.state()).isEqualTo(TourState.ENDED_EARLY);
	}

	@Test
	void aClosingReviewBeforeTheEndDateIsAnEarlyEndWithAReason() {
		Tour tour = active();
		LocalDate early = tour.endOn().minusDays(1);

		assertThat(tour.closingWouldBeEarly(early)).isTrue();
		assertThatThrownBy(() -> tour.startClosingReview("  ", early, NOW)).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).field(), (ex) -> ((InvalidInput) ex).code())
			.containsExactly("earlyEndReason", "tour.closing.earlyReasonRequired");
		assertThatThrownBy(() -> tour.startClosingReview("x".repeat(Tour.MAX_REASON + 1), early, NOW))
			.isInstanceOf(InvalidInput.class);
		assertThat(tour.state()).isEqualTo(TourState.ACTIVE);

		tour.startClosingReview("  The pilot proved the point early ", early, NOW);

		assertThat(tour.state()).isEqualTo(TourState.IN_CLOSING_REVIEW);
		assertThat(tour.earlyEndReason()).isEqualTo("The pilot proved the point early");
		assertThat(tour.closingStartedOn()).isEqualTo(early);
	}

	@Test
	void aClosingReviewOnOrAfterTheEndDateNeedsNoReason() {
		Tour tour = active();

		assertThat(tour.closingWouldBeEarly(tour.endOn())).isFalse();
		tour.startClosingReview(null, tour.endOn(), NOW);

		assertThat(tour.state()).isEqualTo(TourState.IN_CLOSING_REVIEW);
		assertThat(tour.earlyEndReason()).isNull();
		assertThat(tour.closingStartedOn()).isEqualTo(tour.endOn());
	}

	@Test
	void termsRefuseAnEndBeforeTheStartAndSharesOutOfRange() {
		assertThatThrownBy(() -> new Tour.Terms(START, START, 40, 14)).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).field(), (ex) -> ((InvalidInput) ex).code())
			.containsExactly("endOn", "tour.field.endBeforeStart");
		assertThatThrownBy(() -> new Tour.Terms(START, START.minusDays(1), 40, 14)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new Tour.Terms(START, START.plusDays(1), 101, 14)).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).field())
			.isEqualTo("timeShare");
		assertThatThrownBy(() -> new Tour.Terms(START, START.plusDays(1), 40, 3)).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).field())
			.isEqualTo("checkInCadenceDays");
	}

	@Test
	void theNextTourConversationComesBeforeTheEnd() {
		Tour tour = draft();

		assertThatThrownBy(() -> tour.scheduleNextConversation(tour.endOn().plusDays(1), NOW))
			.isInstanceOf(InvalidInput.class);
		tour.scheduleNextConversation(tour.endOn().minusMonths(2), NOW);
		assertThat(tour.nextConversationOn()).isEqualTo(START.plusMonths(4));
	}

	private static Tour draft() {
		return Tour.propose(UUID.randomUUID(), UUID.randomUUID(), null, "Customer portal", TourType.ROTATIONAL,
				new Tour.Terms(START, START.plusMonths(6), 40, null), UUID.randomUUID(), new ActedBy(PersonId.of(UUID.randomUUID()), null), NOW);
	}

	private static Tour awaitingSignatures() {
		Tour tour = draft();
		tour.startConversation(NOW);
		tour.awaitSignatures(NOW);
		return tour;
	}

	private static Tour active() {
		Tour tour = draft();
		tour.startConversation(NOW);
		tour.awaitSignatures(NOW);
		tour.activate(NOW);
		return tour;
	}

}
