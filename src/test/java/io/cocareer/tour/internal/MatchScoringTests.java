package io.cocareer.tour.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.tour.MatchScore;
import io.cocareer.tour.MatchingSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchScoringTests {

	private static final double EPS = 1e-9;

	private final MatchScoring scoring = new MatchScoring(MatchingSettings.DEFAULTS);

	private static final Map<String, Integer> REQUIRED = Map.of("A", 4, "B", 2);

	@Test
	void skillFitCountsTheCoveredShareOfRequiredLevels() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 3, "B", 2))).isCloseTo(5.0 / 6.0, within(EPS));
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 4, "B", 2))).isCloseTo(1.0, within(EPS));
	}

	@Test
	void levelsAboveTheRequirementDoNotCountExtra() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 5, "B", 1))).isCloseTo(5.0 / 6.0, within(EPS));
	}

	@Test
	void aMissingCompetencyCountsAsLevelZero() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("B", 2))).isCloseTo(2.0 / 6.0, within(EPS));
		assertThat(MatchScoring.meanGap(REQUIRED, Map.of("B", 2))).isCloseTo(2.0, within(EPS));
	}

	@Test
	void aPackageRequiringNothingIsAFullSkillFitWithoutStretch() {
		assertThat(MatchScoring.skillFit(Map.of(), Map.of("A", 3))).isCloseTo(1.0, within(EPS));
		assertThat(MatchScoring.meanGap(Map.of(), Map.of("A", 3))).isCloseTo(0.0, within(EPS));
	}

	@Test
	void stretchPeaksAtTheTargetGap() {
		double gap = MatchScoring.meanGap(REQUIRED, Map.of("A", 3, "B", 2));
		assertThat(gap).isCloseTo(0.5, within(EPS));
		assertThat(MatchScoring.stretch(gap, 1.0)).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
		assertThat(MatchScoring.stretch(gap, 1.0)).isCloseTo(0.8243606353500641, within(EPS));
		assertThat(MatchScoring.stretch(1.0, 1.0)).isCloseTo(1.0, within(EPS));
		assertThat(MatchScoring.stretch(2.0, 1.0)).isCloseTo(2 * Math.exp(-1), within(EPS));
		assertThat(MatchScoring.stretch(2.0, 2.0)).isCloseTo(1.0, within(EPS));
	}

	@Test
	void noGapMeansNoStretch() {
		assertThat(MatchScoring.stretch(MatchScoring.meanGap(REQUIRED, Map.of("A", 4, "B", 2)), 1.0)).isZero();
	}

	@Test
	void aspirationFitIsTheJaccardSimilarity() {
		assertThat(MatchScoring.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isCloseTo(0.5, within(EPS));
		assertThat(MatchScoring.jaccard(Set.of("a"), Set.of("b"))).isZero();
		assertThat(MatchScoring.jaccard(Set.of(), Set.of())).isZero();
	}

	@Test
	void tokensAreLowerCasedLongWordsWithoutStopWords() {
		assertThat(MatchScoring.tokens(List.of("Lead the Search team, with data!", "Machine-learning engineer")))
			.containsExactlyInAnyOrder("lead", "search", "team", "data", "machine", "learning", "engineer");
	}

	@Test
	void theScoreIsTheWeightedSumOfItsComponents() {
		MatchScore match = this.scoring.score(REQUIRED, Map.of("A", 3, "B", 2), Set.of("search", "ranking", "lead"),
				Set.of("search", "ranking", "customers", "revenue"), 1.0);

		assertThat(match.skillFit()).isCloseTo(5.0 / 6.0, within(EPS));
		assertThat(match.aspirationFit()).isCloseTo(2.0 / 5.0, within(EPS));
		assertThat(match.stretch()).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
		assertThat(match.score()).isCloseTo(0.5 * 5.0 / 6.0 + 0.3 * 0.4 + 0.2 * 0.5 * Math.exp(0.5), within(EPS));
		assertThat(match.weights()).isEqualTo(MatchingSettings.DEFAULTS);
		assertThat(match.explanation()).contains("Covers 5 of 6 required levels", "Stretch: 1 level to grow in A",
				"Aspirations share: ranking, search");
		assertThat(match.explanation()).anyMatch((line) -> line.startsWith("Availability not modelled yet"));
	}

	@Test
	void availabilityMultipliesTheScore() {
		MatchScore full = this.scoring.score(REQUIRED, Map.of("A", 4, "B", 2), Set.of(), Set.of(), 1.0);
		MatchScore half = this.scoring.score(REQUIRED, Map.of("A", 4, "B", 2), Set.of(), Set.of(), 0.5);

		assertThat(full.score()).isCloseTo(0.5, within(EPS));
		assertThat(half.score()).isCloseTo(0.25, within(EPS));
		assertThat(full.explanation()).contains("No stretch: already meets every required level");
	}

	@Test
	void weightsComeFromTheSettings() {
		MatchScoring skillOnly = new MatchScoring(new MatchingSettings(1.0, 0.0, 0.0, 2.0));

		MatchScore match = skillOnly.score(REQUIRED, Map.of("A", 2, "B", 2), Set.of("x"), Set.of("x"), 1.0);

		assertThat(match.score()).isCloseTo(4.0 / 6.0, within(EPS));
		assertThat(match.stretch()).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
	}

}
