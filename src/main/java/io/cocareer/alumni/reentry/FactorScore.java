package io.cocareer.alumni.reentry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One factor of the evaluation: its score and why.
 * @param score the factor's score, from {@code min} to {@code max}; {@code null} while the evaluator
 * has not entered what it rests on
 * @param weight how many times it counts in the overall score
 * @param reasonCode the message key of the why (under {@code alumni.reentry.why.})
 * @param arguments the why's arguments
 */
public record FactorScore(FitFactor factor, @Nullable Integer score, int min, int max, int weight, String reasonCode,
		List<Object> arguments) {

	public FactorScore {
		arguments = List.copyOf(arguments);
	}

	public boolean scored() {
		return this.score != null;
	}

}
