package io.cocareer.alumni.reentry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The re-evaluation of alignment: every factor with its score and why, and the overall score.
 * @param overall from 0 to 100 ({@link ReentryFit}); {@code null} when not eligible or while a
 * factor is not scored
 * @param eligible {@code false} when the first exit was for cause: no return, whatever the rest
 */
public record FitAssessment(List<FactorScore> factors, @Nullable Integer overall, boolean eligible) {

	public FitAssessment {
		factors = List.copyOf(factors);
	}

	/** Whether every factor is scored. */
	public boolean complete() {
		return this.factors.stream().allMatch(FactorScore::scored);
	}

}
