package io.cocareer.toolbox.diagnostic;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each condition counts in the overall readiness R = Σ w_k S_k / Σ w_k: equal by default,
 * set by the talent lead per diagnostic, each above 0 (the service checks it).
 * @param weights one weight per condition
 */
public record DiagnosticWeights(Map<Condition, Double> weights) {

	/** The highest weight a lead may give (a hundred times another is already all of R). */
	public static final double MAX = 100;

	public DiagnosticWeights {
		EnumMap<Condition, Double> all = new EnumMap<>(Condition.class);
		for (Condition condition : Condition.values()) {
			Double weight = (weights != null) ? weights.get(condition) : null;
			all.put(condition, (weight != null) ? weight : 1.0);
		}
		weights = java.util.Collections.unmodifiableMap(all);
	}

	/** Every condition counts as much as the others. */
	public static DiagnosticWeights equal() {
		return new DiagnosticWeights(Map.of());
	}

	public double of(Condition condition) {
		return this.weights.get(condition);
	}

	public boolean isEqual() {
		return this.weights.values().stream().distinct().count() == 1;
	}

}
