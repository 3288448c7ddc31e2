package io.cocareer.toolbox.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.AlphaStatus;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.ApproachFit;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.ConditionScore;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Effect;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Reason;

/**
 * The diagnostic's scoring, exactly as DOMAIN.md §6.3 gives it, with no state and no Spring:
 * <ul>
 * <li>per condition S_k = (mean item score − 1) / 4 over every answer to its items;</li>
 * <li>readiness R = Σ w_k S_k / Σ w_k;</li>
 * <li>Fit_ToD = mean(S1, S2, S3), Fit_ODN = mean(S1, S4), Fit_Alumni = mean(S1, S4, S5), banded by
 * {@link FitBand#of};</li>
 * <li>Cronbach's α per condition = (k / (k − 1)) · (1 − Σ σ²_item / σ²_total) over the
 * respondents, from {@link #MIN_RESPONSES} respondents on. Both variances are <b>sample</b>
 * variances (divided by n − 1); the population variance would give the same α, since the factor
 * n / (n − 1) cancels in the ratio.</li>
 * </ul>
 */
public final class DiagnosticScoring {

	/**
	 * The fewest respondents over whom α is computed, and (the service's rule) a result is shown at
	 * all: below it, an aggregate would come close to telling somebody's answers.
	 */
	public static final int MIN_RESPONSES = 5;

	/** The α from which a condition's items agree well enough to trust its score. */
	public static final double TRUSTED_ALPHA = 0.7;

	private DiagnosticScoring() {
	}

	/** The conditions that logically drive each approach. */
	public static List<Condition> drivers(Approach approach) {
		return switch (approach) {
			case TOURS_OF_DUTY -> List.of(Condition.C1, Condition.C2, Condition.C3);
			case OPEN_DEVELOPMENTAL_NETWORKS -> List.of(Condition.C1, Condition.C4);
			case ALUMNI_AND_BOOMERANGS -> List.of(Condition.C1, Condition.C4, Condition.C5);
		};
	}

	/**
	 * The result of complete answers (each maps every item to 1..5).
	 * @param responses one map per respondent, at least one
	 */
	public static DiagnosticResult score(List<Map<DiagnosticItem, Integer>> responses, DiagnosticWeights weights) {
		if (responses.isEmpty()) {
			throw new IllegalArgumentException("A result needs at least one response");
		}
		List<ConditionScore> conditions = new ArrayList<>();
		double weighted = 0;
		double weightSum = 0;
		for (Condition condition : Condition.values()) {
			double score = conditionScore(responses, condition);
			Double alpha = (responses.size() >= MIN_RESPONSES) ? cronbachAlpha(responses, condition) : null;
			AlphaStatus status = (responses.size() < MIN_RESPONSES) ? AlphaStatus.NOT_ENOUGH_ANSWERS
					: (alpha == null) ? AlphaStatus.NO_SPREAD
							: (alpha >= TRUSTED_ALPHA) ? AlphaStatus.TRUSTED : AlphaStatus.NOT_TRUSTED;
			conditions.add(new ConditionScore(condition, score, alpha, status));
			weighted += weights.of(condition) * score;
			weightSum += weights.of(condition);
		}
		double readiness = weighted / weightSum;
		List<ApproachFit> fits = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			List<Reason> reasons = new ArrayList<>();
			double sum = 0;
			for (Condition driver : drivers(approach)) {
				double score = conditions.get(driver.ordinal()).score();
				sum += score;
				reasons.add(new Reason(driver, score, effect(score)));
			}
			reasons.sort(Comparator.comparingDouble(Reason::score).reversed());
			double fit = clamp(sum / drivers(approach).size());
			fits.add(new ApproachFit(approach, fit, FitBand.of(fit), reasons));
		}
		return new DiagnosticResult(responses.size(), conditions, clamp(readiness), fits);
	}

	/** S_k = (mean item score − 1) / 4 over every answer to the condition's items. */
	public static double conditionScore(List<Map<DiagnosticItem, Integer>> responses, Condition condition) {
		double sum = 0;
		int count = 0;
		for (Map<DiagnosticItem, Integer> response : responses) {
			for (DiagnosticItem item : condition.items()) {
				sum += response.get(item);
				count++;
			}
		}
		return clamp((sum / count - 1) / 4);
	}

	/**
	 * Cronbach's α of the condition's items over the respondents, with sample variances; {@code null}
	 * when every respondent gave the same total (σ²_total = 0: α is not defined) or there are fewer
	 * than two respondents.
	 */
	public static Double cronbachAlpha(List<Map<DiagnosticItem, Integer>> responses, Condition condition) {
		List<DiagnosticItem> items = condition.items();
		int k = items.size();
		if (responses.size() < 2 || k < 2) {
			return null;
		}
		double itemVariances = 0;
		for (DiagnosticItem item : items) {
			itemVariances += sampleVariance(responses.stream().mapToDouble((r) -> r.get(item)).toArray());
		}
		double totalVariance = sampleVariance(
				responses.stream().mapToDouble((r) -> items.stream().mapToInt(r::get).sum()).toArray());
		if (totalVariance == 0) {
			return null;
		}
		return ((double) k / (k - 1)) * (1 - itemVariances / totalVariance);
	}

	/** Σ (x − mean)² / (n − 1). */
	static double sampleVariance(double[] values) {
		double mean = 0;
		for (double value : values) {
			mean += value;
		}
		mean /= values.length;
		double squares = 0;
		for (double value : values) {
			squares += (value - mean) * (value - mean);
		}
		return squares / (values.length - 1);
	}

	/** What a condition's score does to a fit: the band lines, on the score as shown (two decimals). */
	public static Effect effect(double score) {
		return switch (FitBand.of(clamp(score))) {
			case ADOPT -> Effect.CARRIES;
			case PILOT -> Effect.IN_BETWEEN;
			case STAY_WITH_CLASSIC_TOOLBOX -> Effect.HOLDS_BACK;
		};
	}

	/** Rounding may take a sum a hair outside [0, 1]. */
	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}
