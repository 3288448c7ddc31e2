package io.cocareer.alumni;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;

/**
 * The review across alumni's key figures for other modules (the toolbox's programme overview and
 * infographic): how many alumni there are and the boomerang rate over the last 12 months, as the
 * review shows them: counted over groups of at least k people, hidden ({@code null}) otherwise.
 * Implemented by {@code alumni.review}; the talent lead's alone, as the review is.
 */
public interface AlumniKeyFigures {

	/** Whether the actor reads the review's figures (the talent lead). */
	boolean mayRead(Actor actor);

	/** The key figures of the last 12 months up to today; refused (403) for anyone but a reviewer. */
	KeyFigures keyFigures(Actor actor);

	/**
	 * @param alumni everyone in the register today (null when hidden)
	 * @param hires people hired in the period (null when hidden)
	 * @param rehires of those, boomerangs (null when hidden)
	 * @param boomerangRatePercent rehires over hires in per cent, one decimal (null when hidden)
	 */
	record KeyFigures(LocalDate from, LocalDate to, int minGroupSize, @Nullable Long alumni, @Nullable Long hires,
			@Nullable Long rehires, @Nullable Double boomerangRatePercent) {

	}

}
