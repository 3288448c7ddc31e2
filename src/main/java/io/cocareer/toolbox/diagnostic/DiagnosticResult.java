package io.cocareer.toolbox.diagnostic;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;

/**
 * The aggregate of a diagnostic's answers (DOMAIN.md §6.3): a score per condition with its internal
 * consistency, the overall readiness, and per approach its fit, band and the conditions behind it.
 * Nothing in it tells one respondent's answers apart.
 * @param responses how many respondents answered
 * @param conditions the score of every condition, C1 to C5
 * @param readiness R = Σ w_k S_k / Σ w_k, in [0, 1]
 * @param fits the fit of every approach, in the order of {@link Approach}
 */
public record DiagnosticResult(int responses, List<ConditionScore> conditions, double readiness,
		List<ApproachFit> fits) {

	public DiagnosticResult {
		conditions = List.copyOf(conditions);
		fits = List.copyOf(fits);
	}

	public ConditionScore condition(Condition condition) {
		return this.conditions.stream().filter((c) -> c.condition() == condition).findFirst().orElseThrow();
	}

	public ApproachFit fit(Approach approach) {
		return this.fits.stream().filter((f) -> f.approach() == approach).findFirst().orElseThrow();
	}

	/** The scores by condition. */
	public Map<Condition, Double> scores() {
		java.util.EnumMap<Condition, Double> scores = new java.util.EnumMap<>(Condition.class);
		this.conditions.forEach((c) -> scores.put(c.condition(), c.score()));
		return scores;
	}

	/**
	 * One condition's score.
	 * @param score S_k = (mean item score − 1) / 4 over every respondent's answers, in [0, 1]
	 * @param alpha Cronbach's α of its items over the respondents; {@code null} unless {@code alphaStatus}
	 * is {@link AlphaStatus#TRUSTED} or {@link AlphaStatus#NOT_TRUSTED}
	 */
	public record ConditionScore(Condition condition, double score, @Nullable Double alpha, AlphaStatus alphaStatus) {

		/** The score as the width of a bar, in percent. */
		public long percent() {
			return Math.round(Math.max(0, Math.min(1, this.score)) * 100);
		}

	}

	/** What can be said of a condition's internal consistency. */
	public enum AlphaStatus {

		/** Fewer than {@link DiagnosticScoring#MIN_RESPONSES} respondents: not enough answers yet. */
		NOT_ENOUGH_ANSWERS,

		/** Every respondent gave the same total: α is not defined (no variance). */
		NO_SPREAD,

		/** α ≥ 0.7: the items agree well enough to trust the score. */
		TRUSTED,

		/** α < 0.7: the items do not agree well enough to trust the score. */
		NOT_TRUSTED

	}

	/**
	 * One approach's fit.
	 * @param fit the mean of the scores of the conditions that drive it
	 * @param band what the fit recommends ({@link FitBand#of})
	 * @param reasons the driving conditions, strongest first, each with what it does to the fit
	 */
	public record ApproachFit(Approach approach, double fit, FitBand band, List<Reason> reasons) {

		public ApproachFit {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * A condition behind a fit: it carries the approach at an adopt-level score (0.60 or more), holds
	 * it back below 0.40, and is in between otherwise (the same lines as the bands).
	 */
	public record Reason(Condition condition, double score, Effect effect) {

	}

	public enum Effect {

		CARRIES, IN_BETWEEN, HOLDS_BACK

	}

}
