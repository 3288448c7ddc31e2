package io.cocareer.alumni.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How many hires of the last quarters acknowledged the alumni programme, by unit and by cohort
 * (the quarter they were hired in), with every count of a group smaller than {@code minGroupSize}
 * (or that would let one be worked out) hidden as {@code null}; and the new hires of the last 90
 * days still to acknowledge, by name (the talent lead's onboarding worklist).
 */
public record EntryCoverage(int minGroupSize, LocalDate since, Row total, List<Row> byUnit, List<Row> byCohort,
		List<PendingHire> pending) {

	/**
	 * One group's counts; {@code null} where hidden.
	 * @param label a unit's name or a cohort such as {@code 2026 Q3}
	 */
	public record Row(String label, @Nullable Long hires, @Nullable Long acknowledged, @Nullable Long notYet) {

		/** The share acknowledged in whole percent, when both counts are shown. */
		public @Nullable Long percent() {
			return (this.hires == null || this.acknowledged == null || this.hires == 0) ? null
					: Math.round(100.0 * this.acknowledged / this.hires);
		}

		public boolean hidden() {
			return this.hires == null || this.acknowledged == null || this.notYet == null;
		}

	}

	/** A new hire still to acknowledge, and when they were last reminded. */
	public record PendingHire(UUID personId, String name, @Nullable String unit, LocalDate hiredOn,
			@Nullable Instant remindedAt) {

	}

}
