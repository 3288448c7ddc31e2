package io.cocareer.toolbox.diagnostic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.AlphaStatus;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scoring of DOMAIN.md §6.3 on numbers worked out by hand (the arithmetic is in each test). */
class DiagnosticScoringTests {

	private static final double EPS = 1e-9;

	/** One respondent's answers: the same score for every item of a condition, C1 to C5. */
	private static Map<DiagnosticItem, Integer> same(int c1, int c2, int c3, int c4, int c5) {
		int[] byCondition = { c1, c2, c3, c4, c5 };
		Map<DiagnosticItem, Integer> answers = new EnumMap<>(DiagnosticItem.class);
		for (DiagnosticItem item : DiagnosticItem.values()) {
			answers.put(item, byCondition[item.condition().ordinal()]);
		}
		return answers;
	}

	@Test
	void thereAreThirteenItemsTwoOrThreePerCondition() {
		assertThat(DiagnosticItem.values()).hasSize(13);
		assertThat(Condition.C1.items()).hasSize(3);
		assertThat(Condition.C2.items()).hasSize(2);
		assertThat(Condition.C3.items()).hasSize(3);
		assertThat(Condition.C4.items()).hasSize(2);
		assertThat(Condition.C5.items()).hasSize(3);
	}

	@Test
	void scoresReadinessAndFitsOfTwoRespondents() {
		// A: C1 5,5,5  C2 4,4  C3 3,3,3  C4 2,2  C5 1,1,1
		// B: C1 4,4,4  C2 4,4  C3 3,3,3  C4 2,2  C5 2,2,2
		DiagnosticResult result = DiagnosticScoring.score(List.of(same(5, 4, 3, 2, 1), same(4, 4, 3, 2, 2)),
				DiagnosticWeights.equal());
		// S1 = (mean(5,5,5,4,4,4) - 1) / 4 = (4.5 - 1) / 4 = 0.875
		assertThat(result.condition(Condition.C1).score()).isCloseTo(0.875, within(EPS));
		// S2 = (4 - 1) / 4 = 0.75; S3 = (3 - 1) / 4 = 0.5; S4 = (2 - 1) / 4 = 0.25
		assertThat(result.condition(Condition.C2).score()).isCloseTo(0.75, within(EPS));
		assertThat(result.condition(Condition.C3).score()).isCloseTo(0.5, within(EPS));
		assertThat(result.condition(Condition.C4).score()).isCloseTo(0.25, within(EPS));
		// S5 = (mean(1,1,1,2,2,2) - 1) / 4 = (1.5 - 1) / 4 = 0.125
		assertThat(result.condition(Condition.C5).score()).isCloseTo(0.125, within(EPS));
		// R = (0.875 + 0.75 + 0.5 + 0.25 + 0.125) / 5 = 2.5 / 5 = 0.5
		assertThat(result.readiness()).isCloseTo(0.5, within(EPS));
		// Fit_ToD = (0.875 + 0.75 + 0.5) / 3 = 2.125 / 3 = 0.7083… -> adopt
		assertThat(result.fit(Approach.TOURS_OF_DUTY).fit()).isCloseTo(2.125 / 3, within(EPS));
		assertThat(result.fit(Approach.TOURS_OF_DUTY).band()).isEqualTo(FitBand.ADOPT);
		// Fit_ODN = (0.875 + 0.25) / 2 = 0.5625 -> pilot
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).fit()).isCloseTo(0.5625, within(EPS));
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).band()).isEqualTo(FitBand.PILOT);
		// Fit_Alumni = (0.875 + 0.25 + 0.125) / 3 = 1.25 / 3 = 0.4166… -> pilot
		assertThat(result.fit(Approach.ALUMNI_AND_BOOMERANGS).fit()).isCloseTo(1.25 / 3, within(EPS));
		assertThat(result.fit(Approach.ALUMNI_AND_BOOMERANGS).band()).isEqualTo(FitBand.PILOT);
		// two respondents: no alpha yet
		assertThat(result.conditions()).allSatisfy((c) -> {
			assertThat(c.alpha()).isNull();
			assertThat(c.alphaStatus()).isEqualTo(AlphaStatus.NOT_ENOUGH_ANSWERS);
		});
		assertThat(result.responses()).isEqualTo(2);
	}

	@Test
	void theReasonsNameTheConditionsStrongestFirstWithWhatTheyDo() {
		DiagnosticResult result = DiagnosticScoring.score(List.of(same(5, 4, 3, 2, 1), same(4, 4, 3, 2, 2)),
				DiagnosticWeights.equal());
		// ToD: C1 0.875 carries, C2 0.75 carries, C3 0.5 in between
		assertThat(result.fit(Approach.TOURS_OF_DUTY).reasons()).extracting(DiagnosticResult.Reason::condition,
				DiagnosticResult.Reason::effect)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Condition.C1, Effect.CARRIES),
					org.assertj.core.groups.Tuple.tuple(Condition.C2, Effect.CARRIES),
					org.assertj.core.groups.Tuple.tuple(Condition.C3, Effect.IN_BETWEEN));
		// ODN: C1 0.875 carries, C4 0.25 holds back
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).reasons()).extracting(DiagnosticResult.Reason::effect)
			.containsExactly(Effect.CARRIES, Effect.HOLDS_BACK);
	}

	@Test
	void weightsChangeTheReadinessOnly() {
		// w1 = 2, the others 1: R = (2·0.875 + 0.75 + 0.5 + 0.25 + 0.125) / 6 = 3.375 / 6 = 0.5625
		DiagnosticWeights weights = new DiagnosticWeights(Map.of(Condition.C1, 2.0));
		DiagnosticResult result = DiagnosticScoring.score(List.of(same(5, 4, 3, 2, 1), same(4, 4, 3, 2, 2)), weights);
		assertThat(result.readiness()).isCloseTo(0.5625, within(EPS));
		assertThat(result.fit(Approach.TOURS_OF_DUTY).fit()).isCloseTo(2.125 / 3, within(EPS));
		// w = (1, 1, 1, 1, 3): R = (0.875 + 0.75 + 0.5 + 0.25 + 3·0.125) / 7 = 2.75 / 7
		DiagnosticResult alumniHeavy = DiagnosticScoring.score(List.of(same(5, 4, 3, 2, 1), same(4, 4, 3, 2, 2)),
				new DiagnosticWeights(Map.of(Condition.C5, 3.0)));
		assertThat(alumniHeavy.readiness()).isCloseTo(2.75 / 7, within(EPS));
	}

	@Test
	void bandsAreReadOnTheFitAsShownWithTwoDecimals() {
		// 0.595 shows as 0.60: adopt; 0.40: pilot; 0.3999 shows as 0.40: pilot … but 0.3949 shows as 0.39: stay
		assertThat(FitBand.of(0.595)).isEqualTo(FitBand.ADOPT);
		assertThat(FitBand.of(0.60)).isEqualTo(FitBand.ADOPT);
		assertThat(FitBand.of(0.594)).isEqualTo(FitBand.PILOT);
		assertThat(FitBand.of(0.40)).isEqualTo(FitBand.PILOT);
		assertThat(FitBand.of(0.3949)).isEqualTo(FitBand.STAY_WITH_CLASSIC_TOOLBOX);
		assertThat(DiagnosticScoring.effect(0.595)).isEqualTo(Effect.CARRIES);
		assertThat(DiagnosticScoring.effect(0.40)).isEqualTo(Effect.IN_BETWEEN);
		assertThat(DiagnosticScoring.effect(0.39)).isEqualTo(Effect.HOLDS_BACK);
	}

	@Test
	void aFitOfExactlyPointFourIsAPilot() {
		// five respondents, C1 all 3 -> S1 = (3 - 1) / 4 = 0.5
		// C4 items: (3,2), (3,2), (2,2), (2,2), (2,2): 22 over 10 answers -> mean 2.2 -> S4 = 1.2 / 4 = 0.3
		// Fit_ODN = (0.5 + 0.3) / 2 = 0.40 -> pilot (not "stay")
		List<Map<DiagnosticItem, Integer>> responses = List.of(withC4(same(3, 3, 3, 2, 3), 3, 2),
				withC4(same(3, 3, 3, 2, 3), 3, 2), same(3, 3, 3, 2, 3), same(3, 3, 3, 2, 3), same(3, 3, 3, 2, 3));
		DiagnosticResult result = DiagnosticScoring.score(responses, DiagnosticWeights.equal());
		assertThat(result.condition(Condition.C4).score()).isCloseTo(0.3, within(EPS));
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).fit()).isCloseTo(0.4, within(EPS));
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).band()).isEqualTo(FitBand.PILOT);
	}

	@Test
	void theStayBandIsBelowPointFour() {
		// the fit 0.3999 is shown as 0.40 and is a pilot; only a fit shown as 0.39 or less stays
		assertThat(FitBand.of(0.3999)).isEqualTo(FitBand.PILOT);
		// everyone answers 2 for C1 and C4: S1 = S4 = 0.25 -> Fit_ODN 0.25 -> stay
		DiagnosticResult result = DiagnosticScoring.score(List.of(same(2, 2, 2, 2, 2)), DiagnosticWeights.equal());
		assertThat(result.fit(Approach.OPEN_DEVELOPMENTAL_NETWORKS).band()).isEqualTo(FitBand.STAY_WITH_CLASSIC_TOOLBOX);
	}

	@Test
	void cronbachsAlphaOfFiveRespondents() {
		// C2 has k = 2 items; the five respondents answer (x, y) = (1,2), (2,2), (3,3), (4,5), (5,4)
		// x: mean 3, squares 4+1+0+1+4 = 10, sample variance 10/4 = 2.5
		// y: mean 3.2, squares 1.44+1.44+0.04+3.24+0.64 = 6.8, sample variance 6.8/4 = 1.7
		// totals 3, 4, 6, 9, 9: mean 6.2, squares 10.24+4.84+0.04+7.84+7.84 = 30.8, sample variance 7.7
		// alpha = (2/1)·(1 - (2.5 + 1.7)/7.7) = 2·3.5/7.7 = 10/11 = 0.9090…
		// (population variances 2, 1.36, 6.16 give 2·(1 - 3.36/6.16) = 10/11 too)
		// C3 has k = 3 items: (a,b,c) = (1,3,5), (2,3,4), (3,3,3), (4,3,2), (5,4,1)
		// a: variance 2.5; b: 3,3,3,3,4 mean 3.2, squares 0.8, variance 0.2; c: variance 2.5
		// totals 9, 9, 9, 9, 10: variance 0.2 -> alpha = (3/2)·(1 - 5.2/0.2) = 1.5·(-25) = -37.5
		// C4: (1,5), (2,4), (3,3), (4,2), (5,1): every total is 6 -> no spread, no alpha
		int[][] c2 = { { 1, 2 }, { 2, 2 }, { 3, 3 }, { 4, 5 }, { 5, 4 } };
		int[][] c3 = { { 1, 3, 5 }, { 2, 3, 4 }, { 3, 3, 3 }, { 4, 3, 2 }, { 5, 4, 1 } };
		int[][] c4 = { { 1, 5 }, { 2, 4 }, { 3, 3 }, { 4, 2 }, { 5, 1 } };
		List<Map<DiagnosticItem, Integer>> responses = new java.util.ArrayList<>();
		for (int r = 0; r < 5; r++) {
			Map<DiagnosticItem, Integer> answers = same(4, 0, 0, 0, 3);
			answers.put(DiagnosticItem.C2_1, c2[r][0]);
			answers.put(DiagnosticItem.C2_2, c2[r][1]);
			answers.put(DiagnosticItem.C3_1, c3[r][0]);
			answers.put(DiagnosticItem.C3_2, c3[r][1]);
			answers.put(DiagnosticItem.C3_3, c3[r][2]);
			answers.put(DiagnosticItem.C4_1, c4[r][0]);
			answers.put(DiagnosticItem.C4_2, c4[r][1]);
			responses.add(answers);
		}
		DiagnosticResult result = DiagnosticScoring.score(responses, DiagnosticWeights.equal());
		assertThat(result.condition(Condition.C2).alpha()).isCloseTo(10.0 / 11, within(EPS));
		assertThat(result.condition(Condition.C2).alphaStatus()).isEqualTo(AlphaStatus.TRUSTED);
		assertThat(result.condition(Condition.C3).alpha()).isCloseTo(-37.5, within(EPS));
		assertThat(result.condition(Condition.C3).alphaStatus()).isEqualTo(AlphaStatus.NOT_TRUSTED);
		assertThat(result.condition(Condition.C4).alpha()).isNull();
		assertThat(result.condition(Condition.C4).alphaStatus()).isEqualTo(AlphaStatus.NO_SPREAD);
		// C2's score: (mean of 1,2,3,4,5,2,2,3,5,4 = 31/10 = 3.1, - 1) / 4 = 0.525
		assertThat(result.condition(Condition.C2).score()).isCloseTo(0.525, within(EPS));
		// four respondents are not enough for alpha
		DiagnosticResult four = DiagnosticScoring.score(responses.subList(0, 4), DiagnosticWeights.equal());
		assertThat(four.condition(Condition.C2).alphaStatus()).isEqualTo(AlphaStatus.NOT_ENOUGH_ANSWERS);
	}

	private static Map<DiagnosticItem, Integer> withC4(Map<DiagnosticItem, Integer> answers, int first, int second) {
		answers.put(DiagnosticItem.C4_1, first);
		answers.put(DiagnosticItem.C4_2, second);
		return answers;
	}

}
