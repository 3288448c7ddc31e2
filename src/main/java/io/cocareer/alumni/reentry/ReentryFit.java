package io.cocareer.alumni.reentry;

import java.util.List;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;

import org.jspecify.annotations.Nullable;

/**
 * The re-evaluation of an alumnus' alignment on DOMAIN.md §4.2's factors. Each factor is scored
 * on a small integer scale, and the overall score weighs them and maps the sum onto 0 to 100.
 * <p>
 * <b>The factors</b>
 * <ul>
 * <li><b>R, reason for exit</b> (−2 to +2, weight 2): a career goal or a personal reason +2; the
 * organisation ending it (restructuring, end of contract) +1; dissatisfaction −2, or 0 when the
 * evaluator records that its root cause is fixed; for cause: not eligible (no overall score).</li>
 * <li><b>P, prior performance and tenure</b> (−2 to +2, weight 2): the rating before exit (1 to 5)
 * minus 3, plus 1 for a first tenure of 24 months or more, minus 1 for one under 12 months
 * (boomerangs quit earlier in their first tenure, Shipp 2014), kept within −2 to +2.</li>
 * <li><b>T, time away and interim experience</b> (−2 to +2, weight 1): the relevance of the
 * interim experience to the target role (1 to 5) minus 3. The time away is shown, not scored:
 * the best length of time away is not established.</li>
 * <li><b>M, relationship maintained</b> (−2 to +2, weight 1, computed from the register): the
 * tier (eligible 0, connected 1, engaged or distinguished 2), plus 1 for an interaction in the
 * last 6 months, 0 for one in the last 12, −1 for none in 12 months or none at all, plus 1 for
 * at least one referral made, kept within −2 to +2.</li>
 * <li><b>K, target role</b> (0 to 2, weight 1): 1 for a coordination-heavy role, 1 for a unit
 * resistant to outsiders (where boomerangs outperform new hires, Keller 2021).</li>
 * <li><b>E, premium expectations</b> (−1 to +1, weight 1): realistic +1, not realistic −1.</li>
 * </ul>
 * <b>The overall score</b>: {@code S = 2R + 2P + T + M + K + E}, from {@value #LOWEST} to
 * {@value #HIGHEST}; {@code overall = round(100 × (S − (−13)) / 28)}, from 0 to 100.
 * <p>
 * Worked example: left for a career goal (R = +2), rated 4 with 36 months' tenure (P = 1 + 1 = +2),
 * interim relevance 4 (T = +1), engaged with an interaction 2 months ago and one referral
 * (M = 2 + 1 + 1 = 4, kept at +2), a coordination-heavy role in an open unit (K = 1), realistic
 * expectations (E = +1): S = 4 + 4 + 1 + 2 + 1 + 1 = 13 and overall = round(100 × 26 / 28) = 93.
 * A dissatisfied leaver whose cause is not fixed (R = −2), rated 2 after 8 months (P = −1 − 1 = −2),
 * relevance 2 (T = −1), eligible tier and no interaction (M = 0 − 1 = −1), neither role trait
 * (K = 0), unrealistic expectations (E = −1): S = −4 − 4 − 1 − 1 + 0 − 1 = −11, overall =
 * round(100 × 2 / 28) = 7.
 */
public final class ReentryFit {

	/** The lowest weighted sum: 2·(−2) + 2·(−2) − 2 − 2 + 0 − 1. */
	public static final int LOWEST = -13;

	/** The highest weighted sum: 2·2 + 2·2 + 2 + 2 + 2 + 1. */
	public static final int HIGHEST = 15;

	private ReentryFit() {
	}

	/**
	 * What the factors rest on: what the register says of the alumnus and what the evaluator entered.
	 * @param priorRating 1 to 5, or {@code null} until entered
	 * @param tenureMonths the first tenure in whole months, or {@code null} when unknown
	 * @param monthsAway whole months from the exit to today
	 * @param interimRelevance 1 to 5, or {@code null} until entered
	 * @param monthsSinceLastInteraction {@code null} without any interaction
	 * @param coordinationHeavy {@code null} until entered
	 * @param outsiderResistant {@code null} until entered
	 * @param realisticPremium {@code null} until entered
	 */
	public record Inputs(ExitReasonKind reasonKind, boolean rootCauseFixed, @Nullable Integer priorRating,
			@Nullable Integer tenureMonths, int monthsAway, @Nullable Integer interimRelevance, AlumniTier tier,
			@Nullable Integer monthsSinceLastInteraction, int referrals, @Nullable Boolean coordinationHeavy,
			@Nullable Boolean outsiderResistant, @Nullable Boolean realisticPremium) {

	}

	public static FitAssessment assess(Inputs in) {
		List<FactorScore> factors = List.of(reason(in), performance(in), timeAway(in), relationship(in), targetRole(in),
				premium(in));
		boolean eligible = in.reasonKind().inGoodStanding();
		Integer overall = null;
		if (eligible && factors.stream().allMatch(FactorScore::scored)) {
			int sum = factors.stream().mapToInt((f) -> f.weight() * f.score()).sum();
			overall = overall(sum);
		}
		return new FitAssessment(factors, overall, eligible);
	}

	/** The weighted sum mapped onto 0 to 100, rounded half up. */
	static int overall(int weightedSum) {
		return (int) Math.round(100.0 * (weightedSum - LOWEST) / (HIGHEST - LOWEST));
	}

	static FactorScore reason(Inputs in) {
		ExitReasonKind kind = in.reasonKind();
		return switch (kind) {
			case CAREER_GOAL, PERSONAL -> factor(FitFactor.EXIT_REASON, 2, -2, 2, 2, "planned", kind.name());
			case ORGANISATIONAL -> factor(FitFactor.EXIT_REASON, 1, -2, 2, 2, "organisational", kind.name());
			case DISSATISFACTION -> in.rootCauseFixed()
					? factor(FitFactor.EXIT_REASON, 0, -2, 2, 2, "dissatisfactionFixed", kind.name())
					: factor(FitFactor.EXIT_REASON, -2, -2, 2, 2, "dissatisfaction", kind.name());
			case FOR_CAUSE -> factor(FitFactor.EXIT_REASON, null, -2, 2, 2, "forCause", kind.name());
		};
	}

	static FactorScore performance(Inputs in) {
		Integer tenure = in.tenureMonths();
		int tenureArg = (tenure != null) ? tenure : -1;
		if (in.priorRating() == null) {
			return factor(FitFactor.PRIOR_PERFORMANCE, null, -2, 2, 2, "performanceUnrated", tenureArg);
		}
		int tenurePoints = (tenure == null) ? 0 : (tenure >= 24) ? 1 : (tenure < 12) ? -1 : 0;
		int score = clamp(in.priorRating() - 3 + tenurePoints, -2, 2);
		return factor(FitFactor.PRIOR_PERFORMANCE, score, -2, 2, 2, "performance", in.priorRating(), tenureArg,
				tenurePoints);
	}

	static FactorScore timeAway(Inputs in) {
		if (in.interimRelevance() == null) {
			return factor(FitFactor.TIME_AWAY, null, -2, 2, 1, "timeAwayUnrated", in.monthsAway());
		}
		return factor(FitFactor.TIME_AWAY, in.interimRelevance() - 3, -2, 2, 1, "timeAway", in.monthsAway(),
				in.interimRelevance());
	}

	static FactorScore relationship(Inputs in) {
		int tierPoints = switch (in.tier()) {
			case ELIGIBLE -> 0;
			case CONNECTED -> 1;
			case ENGAGED, DISTINGUISHED -> 2;
		};
		Integer since = in.monthsSinceLastInteraction();
		int recencyPoints = (since == null) ? -1 : (since < 6) ? 1 : (since < 12) ? 0 : -1;
		int referralPoints = (in.referrals() > 0) ? 1 : 0;
		int score = clamp(tierPoints + recencyPoints + referralPoints, -2, 2);
		return factor(FitFactor.RELATIONSHIP, score, -2, 2, 1, "relationship", in.tier().name(),
				(since != null) ? since : -1, in.referrals(), tierPoints, recencyPoints, referralPoints);
	}

	static FactorScore targetRole(Inputs in) {
		if (in.coordinationHeavy() == null || in.outsiderResistant() == null) {
			return factor(FitFactor.TARGET_ROLE, null, 0, 2, 1, "targetRoleUnrated");
		}
		int score = (in.coordinationHeavy() ? 1 : 0) + (in.outsiderResistant() ? 1 : 0);
		return factor(FitFactor.TARGET_ROLE, score, 0, 2, 1, "targetRole", in.coordinationHeavy() ? 1 : 0,
				in.outsiderResistant() ? 1 : 0);
	}

	static FactorScore premium(Inputs in) {
		if (in.realisticPremium() == null) {
			return factor(FitFactor.PREMIUM_EXPECTATIONS, null, -1, 1, 1, "premiumUnrated");
		}
		return in.realisticPremium() ? factor(FitFactor.PREMIUM_EXPECTATIONS, 1, -1, 1, 1, "premiumRealistic")
				: factor(FitFactor.PREMIUM_EXPECTATIONS, -1, -1, 1, 1, "premiumUnrealistic");
	}

	private static FactorScore factor(FitFactor factor, @Nullable Integer score, int min, int max, int weight,
			String why, Object... arguments) {
		return new FactorScore(factor, score, min, max, weight, "alumni.reentry.why." + why, List.of(arguments));
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
