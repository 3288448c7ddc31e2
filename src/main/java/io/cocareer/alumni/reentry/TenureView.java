package io.cocareer.alumni.reentry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Tenure before and after a return, reconciled from the people module's employment periods:
 * every period with its length, the time away between them, and the total tenure (the sum of
 * the periods; the time away is not tenure).
 */
public record TenureView(List<Period> periods, List<Gap> gaps, int totalMonths) {

	public TenureView {
		periods = List.copyOf(periods);
		gaps = List.copyOf(gaps);
	}

	/** A period of employment (open while {@code endedOn} is null), in whole months to its end or today. */
	public record Period(LocalDate startedOn, @Nullable LocalDate endedOn, int months) {

	}

	/** The time away between two periods. */
	public record Gap(LocalDate from, LocalDate to, int months) {

	}

	/** The first period (tenure before the return). */
	public @Nullable Period first() {
		return this.periods.isEmpty() ? null : this.periods.get(0);
	}

	/** The last period (tenure after the return), if there was a return. */
	public @Nullable Period latest() {
		return (this.periods.size() < 2) ? null : this.periods.get(this.periods.size() - 1);
	}

}
