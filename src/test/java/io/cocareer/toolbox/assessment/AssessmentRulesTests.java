package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cocareer.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of assessment centres on their own: ratings go from 1 to 5 and only where the exercise
 * observes the competency, with their evidence, every problem at once; the consensus goes from 1
 * to 5 and is required for every competency before the wash-up is finalised; what a centre needs
 * before it opens for ratings; the spread of ratings.
 */
class AssessmentRulesTests {

	private final UUID inTray = UUID.randomUUID();

	private final UUID rolePlay = UUID.randomUUID();

	private final UUID leading = UUID.randomUUID();

	private final UUID speaking = UUID.randomUUID();

	private Map<UUID, Set<UUID>> matrix() {
		Map<UUID, Set<UUID>> matrix = new LinkedHashMap<>();
		matrix.put(this.inTray, Set.of(this.leading));
		matrix.put(this.rolePlay, Set.of(this.leading, this.speaking));
		return matrix;
	}

	private static List<String> codes(List<InvalidInput> problems) {
		return problems.stream().map(InvalidInput::code).toList();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void aRatingFromOneToFiveWithEvidenceIsFine(int rating) {
		assertThat(AssessmentRules.ratingProblems(List.of(new RatingEntry(this.inTray, this.leading, rating, "Seen")),
				matrix())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 6, 10, Integer.MAX_VALUE })
	void aRatingOutsideOneToFiveIsRefused(int rating) {
		List<InvalidInput> problems = AssessmentRules
			.ratingProblems(List.of(new RatingEntry(this.inTray, this.leading, rating, "Seen")), matrix());
		assertThat(codes(problems)).containsExactly("toolbox.assessment.rating.range");
		assertThat(problems.get(0).field()).isEqualTo("ratings[0].rating");
		assertThat(problems.get(0).arguments()).containsExactly(1, 5);
	}

	@Test
	void aCompetencyTheExerciseDoesNotObserveIsRefused() {
		List<InvalidInput> problems = AssessmentRules
			.ratingProblems(List.of(new RatingEntry(this.inTray, this.speaking, 3, "Seen")), matrix());
		assertThat(codes(problems)).containsExactly("toolbox.assessment.rating.notObserved");
		assertThat(problems.get(0).field()).isEqualTo("ratings[0].competencyId");
		assertThat(codes(AssessmentRules.ratingProblems(
				List.of(new RatingEntry(UUID.randomUUID(), this.leading, 3, "Seen")), matrix())))
			.containsExactly("toolbox.assessment.rating.unknownExercise");
	}

	@Test
	void everyProblemOfASheetComesAtOnce() {
		List<RatingEntry> sheet = Arrays.asList(new RatingEntry(this.inTray, this.leading, 7, "Seen"),
				new RatingEntry(this.inTray, this.speaking, 3, "Seen"), new RatingEntry(this.rolePlay, this.leading, 4, " "),
				new RatingEntry(this.rolePlay, this.speaking, null, "Evidence without a rating"),
				new RatingEntry(this.rolePlay, this.leading, 3, "Twice"), null);
		List<InvalidInput> problems = AssessmentRules.ratingProblems(sheet, matrix());
		assertThat(codes(problems)).containsExactly("toolbox.assessment.rating.range",
				"toolbox.assessment.rating.notObserved", "toolbox.assessment.rating.evidenceRequired",
				"toolbox.assessment.rating.ratingRequired", "toolbox.assessment.rating.duplicate");
		assertThat(problems.stream().map(InvalidInput::field)).containsExactly("ratings[0].rating",
				"ratings[1].competencyId", "ratings[2].evidence", "ratings[3].rating", "ratings[4].competencyId");
	}

	@Test
	void aCellLeftBlankIsNotRatedYet() {
		assertThat(AssessmentRules.ratingProblems(List.of(new RatingEntry(this.inTray, this.leading, null, "")),
				matrix())).isEmpty();
	}

	@Test
	void evidenceHasALimit() {
		assertThat(codes(AssessmentRules.ratingProblems(
				List.of(new RatingEntry(this.inTray, this.leading, 3, "x".repeat(AssessmentRules.MAX_TEXT + 1))),
				matrix()))).containsExactly("toolbox.assessment.tooLong");
	}

	@Test
	void theConsensusIsRequiredForEveryCompetencyBeforeFinalising() {
		WashUpRecord partial = new WashUpRecord(
				List.of(new ConsensusEntry(this.leading, 4, "Agreed"), new ConsensusEntry(this.speaking, null, null)),
				"Lead a project");
		List<UUID> competencies = List.of(this.leading, this.speaking);
		assertThat(AssessmentRules.consensusProblems(partial, competencies, false)).as("saving a partial one is fine")
			.isEmpty();
		List<InvalidInput> finalising = AssessmentRules.consensusProblems(partial, competencies, true);
		assertThat(codes(finalising)).containsExactly("toolbox.assessment.consensus.required");
		assertThat(finalising.get(0).field()).isEqualTo("consensus[1].rating");

		WashUpRecord none = new WashUpRecord(List.of(), null);
		assertThat(codes(AssessmentRules.consensusProblems(none, competencies, true))).containsExactly(
				"toolbox.assessment.consensus.required", "toolbox.assessment.consensus.required");

		WashUpRecord complete = new WashUpRecord(
				List.of(new ConsensusEntry(this.leading, 4, "Agreed"), new ConsensusEntry(this.speaking, 2, null)), null);
		assertThat(AssessmentRules.consensusProblems(complete, competencies, true)).isEmpty();
	}

	@Test
	void aConsensusOutsideOneToFiveOrOfAnotherCompetencyIsRefusedAllAtOnce() {
		WashUpRecord record = new WashUpRecord(List.of(new ConsensusEntry(this.leading, 0, "Low"),
				new ConsensusEntry(UUID.randomUUID(), 3, null), new ConsensusEntry(this.speaking, null, "Why")),
				"x".repeat(AssessmentRules.MAX_SUGGESTIONS + 1));
		assertThat(codes(AssessmentRules.consensusProblems(record, List.of(this.leading, this.speaking), false)))
			.containsExactly("toolbox.assessment.consensus.range", "toolbox.assessment.consensus.unknownCompetency",
					"toolbox.assessment.consensus.ratingRequired", "toolbox.assessment.tooLong");
	}

	@Test
	void aCentreOpensForRatingsOnceItsMatrixAndPeopleAreComplete() {
		Map<UUID, Integer> observed = Map.of(UUID.randomUUID(), 2);
		assertThat(AssessmentRules.readiness(matrix(), List.of(this.leading, this.speaking), observed)).isEmpty();
		assertThat(AssessmentRules.readiness(Map.of(), List.of(), Map.of())).containsExactly(
				"toolbox.assessment.ready.noExercise", "toolbox.assessment.ready.noCompetency",
				"toolbox.assessment.ready.noParticipant");
		Map<UUID, Set<UUID>> gaps = new LinkedHashMap<>();
		gaps.put(this.inTray, Set.of());
		gaps.put(this.rolePlay, Set.of(this.leading));
		assertThat(AssessmentRules.readiness(gaps, List.of(this.leading, this.speaking), Map.of(UUID.randomUUID(), 0)))
			.containsExactly("toolbox.assessment.ready.exerciseObservesNothing",
					"toolbox.assessment.ready.competencyUnobserved", "toolbox.assessment.ready.participantUnobserved");
	}

	@Test
	void theSpreadIsTheHighestLessTheLowest() {
		assertThat(AssessmentRules.spread(List.of())).isNull();
		assertThat(AssessmentRules.spread(List.of(3))).isZero();
		assertThat(AssessmentRules.spread(new ArrayList<>(List.of(2, 5, 4)))).isEqualTo(3);
	}

	@Test
	void aCentreNeedsATitleAndADay() {
		assertThat(codes(AssessmentRules.centreProblems(new NewCentre(" ", null, "x".repeat(2001))))).containsExactly(
				"toolbox.assessment.title.required", "toolbox.assessment.heldOn.required", "toolbox.assessment.tooLong");
		assertThat(AssessmentRules.centreProblems(new NewCentre("Leadership", LocalDate.of(2026, 5, 4), null))).isEmpty();
		assertThat(codes(AssessmentRules.exerciseProblems(new NewExercise("", null, null)))).containsExactly(
				"toolbox.assessment.exercise.nameRequired", "toolbox.assessment.exercise.kindRequired");
	}

	@Test
	void ratingsAreLateFromTheSecondDayAfterTheCentreWhileItIsStillOpenForThem() {
		LocalDate heldOn = LocalDate.of(2026, 5, 4);
		assertThat(AssessmentRules.ratingsLate(CentreStatus.RATING, heldOn, heldOn)).as("on the day").isFalse();
		assertThat(AssessmentRules.ratingsLate(CentreStatus.RATING, heldOn, heldOn.plusDays(1))).isFalse();
		assertThat(AssessmentRules.ratingsLate(CentreStatus.RATING, heldOn, heldOn.plusDays(2))).isTrue();
		assertThat(AssessmentRules.ratingsLate(CentreStatus.RATING, heldOn, heldOn.plusDays(30))).isTrue();
		assertThat(AssessmentRules.ratingsLate(CentreStatus.WASH_UP, heldOn, heldOn.plusDays(30)))
			.as("the wash-up froze the ratings").isFalse();
		assertThat(AssessmentRules.ratingsLate(CentreStatus.SETUP, heldOn, heldOn.plusDays(30)))
			.as("not open for ratings yet").isFalse();
	}

}
