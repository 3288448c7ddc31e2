package io.cocareer.alumni.reentry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the evaluator enters: the hiring manager (the talent lead names them), and what the
 * factors that are not computed rest on ({@link ReentryFit}).
 * @param rootCauseFixed for a dissatisfied leaver: the cause of their leaving is fixed (with a note)
 * @param eligibilityOverrideNote the talent lead's note that lifts a rehire eligibility of "no"
 */
public record SaveEvaluation(@Nullable UUID hiringManagerId, @Nullable Integer priorRating,
		@Nullable Integer interimRelevance, boolean rootCauseFixed, @Nullable String rootCauseNote,
		@Nullable Boolean coordinationHeavy, @Nullable Boolean outsiderResistant, @Nullable Boolean realisticPremium,
		@Nullable String premiumNote, @Nullable String eligibilityOverrideNote) {

}
