package io.cocareer.tour.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.review.NextStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosingReviewTests {

	static final LocalDate TODAY = LocalDate.of(2031, 7, 1);

	private static final ActedBy TARA = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final ActedBy MARCO = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	@Test
	void anEmptyReviewMissesEverything() {
		assertThat(ClosingReview.of(UUID.randomUUID()).missing()).containsExactly("talentResults", "gained",
				"companyResults", "nextStep", "nextStepNote");
	}

	@Test
	void completingNamesTheFirstMissingField() {
		ClosingReview review = ClosingReview.of(UUID.randomUUID());
		review.reflect("Shipped the flow", null, " ", null, null, TARA, Instant.now());
		assertThatThrownBy(() -> review.complete(TODAY, MARCO))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("gained");
				assertThat(ex.code()).isEqualTo("tour.closing.missing.gained");
			});
		assertThat(review.completed()).isFalse();
	}

	@Test
	void aGoodExitIsRecordedWithTheDayAndTheReviewIsFinal() {
		ClosingReview review = complete(NextStep.GOOD_EXIT);
		assertThat(review.goodExitOn()).isEqualTo(TODAY);
		assertThatThrownBy(() -> review.reflect("Changed", "x", null, null, null, TARA, Instant.now()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.closing.completed"));
	}

	@Test
	void otherNextStepsRecordNoExit() {
		assertThat(complete(NextStep.RENEWAL).goodExitOn()).isNull();
		assertThat(complete(NextStep.NEW_TOUR).completedOn()).isEqualTo(TODAY);
	}

	@Test
	void tooLongTextIsRefusedOnItsField() {
		ClosingReview review = ClosingReview.of(UUID.randomUUID());
		assertThatThrownBy(() -> review.assess("x".repeat(4001), NextStep.RENEWAL, "ok", MARCO, Instant.now()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("companyResults"));
	}

	private static ClosingReview complete(NextStep step) {
		ClosingReview review = ClosingReview.of(UUID.randomUUID());
		review.reflect("Shipped the flow", null, null, "Met the data team", null, TARA, Instant.now());
		review.assess("Onboarding takes a day", step, "Agreed together", MARCO, Instant.now());
		assertThat(review.missing()).isEmpty();
		review.complete(TODAY, MARCO);
		return review;
	}

}
