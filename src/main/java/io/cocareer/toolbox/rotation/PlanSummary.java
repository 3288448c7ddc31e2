package io.cocareer.toolbox.rotation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rotation plan as the list shows it.
 * @param talents the cohort's size (for a manager: their reports in it)
 * @param placed talents with a seat (for a manager: their reports)
 */
public record PlanSummary(UUID id, String name, PlanStatus status, int talents, int packages, int placed,
		Instant plannedAt, @Nullable Instant confirmedAt) {

}
