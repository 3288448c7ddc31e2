package io.cocareer.alumni.reentry;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-entry fit factors and the overall score, on the worked numbers of {@link ReentryFit}'s javadoc. */
class ReentryFitTests {

	@Test
	void aPlannedLeaverWhoPerformedAndStayedInTouchScores93() {
		FitAssessment fit = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.CAREER_GOAL, false, 4, 36, 20, 4,
				AlumniTier.ENGAGED, 2, 1, true, false, true));
		assertThat(scores(fit)).containsExactly(2, 2, 1, 2, 1, 1);
		// S = 2·2 + 2·2 + 1 + 2 + 1 + 1 = 13; 100 × (13 + 13) / 28 = 92.86
		assertThat(fit.overall()).isEqualTo(93);
		assertThat(fit.eligible()).isTrue();
		assertThat(fit.complete()).isTrue();
	}

	@Test
	void aDissatisfiedShortStayerOutOfTouchScores7() {
		FitAssessment fit = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.DISSATISFACTION, false, 2, 8, 14, 2,
				AlumniTier.ELIGIBLE, null, 0, false, false, false));
		assertThat(scores(fit)).containsExactly(-2, -2, -1, -1, 0, -1);
		// S = −4 − 4 − 1 − 1 + 0 − 1 = −11; 100 × 2 / 28 = 7.14
		assertThat(fit.overall()).isEqualTo(7);
	}

	@Test
	void aFixedRootCauseTurnsDissatisfactionToNeutral() {
		FitAssessment fit = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.DISSATISFACTION, true, 3, 18, 10, 3,
				AlumniTier.CONNECTED, 8, 0, false, true, true));
		// R 0; P 3−3+0 = 0; T 0; M 1 + 0 + 0 = 1; K 1; E 1: S = 0 + 0 + 0 + 1 + 1 + 1 = 3; 100 × 16 / 28 = 57.14
		assertThat(scores(fit)).containsExactly(0, 0, 0, 1, 1, 1);
		assertThat(fit.overall()).isEqualTo(57);
	}

	@Test
	void theBoundsMapTo0And100() {
		assertThat(ReentryFit.overall(ReentryFit.LOWEST)).isZero();
		assertThat(ReentryFit.overall(ReentryFit.HIGHEST)).isEqualTo(100);
		FitAssessment best = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.PERSONAL, false, 5, 30, 6, 5,
				AlumniTier.DISTINGUISHED, 0, 3, true, true, true));
		assertThat(best.overall()).isEqualTo(100);
	}

	@Test
	void someoneDismissedForCauseIsNotEligibleAndHasNoOverallScore() {
		FitAssessment fit = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.FOR_CAUSE, false, 5, 30, 6, 5,
				AlumniTier.ENGAGED, 0, 3, true, true, true));
		assertThat(fit.eligible()).isFalse();
		assertThat(fit.overall()).isNull();
		assertThat(fit.factors().get(0).reasonCode()).isEqualTo("alumni.reentry.why.forCause");
	}

	@Test
	void whatTheEvaluatorHasNotEnteredIsUnscoredAndKeepsTheOverallOpen() {
		FitAssessment fit = ReentryFit.assess(new ReentryFit.Inputs(ExitReasonKind.ORGANISATIONAL, false, null, 40, 30,
				null, AlumniTier.CONNECTED, 15, 0, null, null, null));
		assertThat(fit.factors()).extracting(FactorScore::score).containsExactly(1, null, null, 0, null, null);
		assertThat(fit.complete()).isFalse();
		assertThat(fit.overall()).isNull();
	}

	@Test
	void tenureAndRecencyMoveTheirFactorsWithinBounds() {
		// a short first tenure costs a point, a long one adds one; the factor stays within −2..+2
		assertThat(ReentryFit.performance(inputs(5, 6, AlumniTier.ELIGIBLE, null, 0)).score()).isEqualTo(1);
		assertThat(ReentryFit.performance(inputs(5, 24, AlumniTier.ELIGIBLE, null, 0)).score()).isEqualTo(2);
		assertThat(ReentryFit.performance(inputs(1, 6, AlumniTier.ELIGIBLE, null, 0)).score()).isEqualTo(-2);
		// engaged (2) + an interaction 11 months ago (0) + no referral (0) = 2; eligible (0) + none (−1) + 1 referral = 0
		assertThat(ReentryFit.relationship(inputs(3, 12, AlumniTier.ENGAGED, 11, 0)).score()).isEqualTo(2);
		assertThat(ReentryFit.relationship(inputs(3, 12, AlumniTier.ELIGIBLE, null, 1)).score()).isEqualTo(0);
		assertThat(ReentryFit.relationship(inputs(3, 12, AlumniTier.ELIGIBLE, 13, 0)).score()).isEqualTo(-1);
	}

	private static ReentryFit.Inputs inputs(int rating, int tenure, AlumniTier tier, Integer since, int referrals) {
		return new ReentryFit.Inputs(ExitReasonKind.CAREER_GOAL, false, rating, tenure, 12, 3, tier, since, referrals,
				false, false, true);
	}

	private static java.util.List<Integer> scores(FitAssessment fit) {
		return fit.factors().stream().map(FactorScore::score).toList();
	}

}
