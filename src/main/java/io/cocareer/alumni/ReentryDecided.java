package io.cocareer.alumni;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;

/**
 * A re-entry request was decided (fit, not now, no). Carries no rationale: that stays with the
 * evaluation, read only by the talent lead and the hiring manager.
 * @param priorRating the performance rating before exit the evaluation weighed (1 to 5), if any:
 * the review compares it with the rating after return (DOMAIN.md §4.3)
 */
public record ReentryDecided(PersonId personId, ReentryDecision decision, @Nullable Integer priorRating,
		LocalDate on) {

}
