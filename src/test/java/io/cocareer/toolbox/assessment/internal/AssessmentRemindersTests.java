package io.cocareer.toolbox.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.assessment.ExerciseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rating sheets are incomplete, on its own: a sheet is an assessor's ratings of a participant
 * they observe, complete when it rates every cell of the matrix; ratings of an erased assessor and
 * observers who no longer assess count for nothing.
 */
class AssessmentRemindersTests {

	private static final UUID ONE = UUID.randomUUID();

	private static final UUID TWO = UUID.randomUUID();

	private static final UUID GONE = UUID.randomUUID();

	private final AssessmentCentre centre = AssessmentCentre.setUp("Leadership", LocalDate.of(2026, 5, 4), null,
			Instant.EPOCH);

	private final UUID inTray;

	private final UUID rolePlay;

	private final UUID leading = UUID.randomUUID();

	private final UUID speaking = UUID.randomUUID();

	AssessmentRemindersTests() {
		this.inTray = this.centre.addExercise("In-tray", ExerciseKind.IN_TRAY, null).id();
		this.rolePlay = this.centre.addExercise("Role play", ExerciseKind.ROLE_PLAY, null).id();
		this.centre.addCompetency(this.leading);
		this.centre.addCompetency(this.speaking);
		this.centre.observe(this.inTray, this.leading, true);
		this.centre.observe(this.rolePlay, this.leading, true);
		this.centre.observe(this.rolePlay, this.speaking, true);
		this.centre.addAssessor(ONE);
		this.centre.addAssessor(TWO);
	}

	private Rating rating(AssessmentParticipant participant, UUID assessor, UUID exercise, UUID competency) {
		return new Rating(this.centre.id(), participant.id(), assessor, exercise, competency, 3, "Seen", Instant.EPOCH);
	}

	@Test
	void aSheetIsCompleteWhenItRatesEveryCellOfTheMatrix() {
		AssessmentParticipant alex = AssessmentParticipant.of(this.centre.id(), UUID.randomUUID(), Set.of(ONE, TWO));
		AssessmentParticipant sam = AssessmentParticipant.of(this.centre.id(), UUID.randomUUID(), Set.of(ONE, GONE));
		List<Rating> given = List.of(
				// ONE rated Alex fully, Sam in two of three cells
				rating(alex, ONE, this.inTray, this.leading), rating(alex, ONE, this.rolePlay, this.leading),
				rating(alex, ONE, this.rolePlay, this.speaking), rating(sam, ONE, this.inTray, this.leading),
				rating(sam, ONE, this.rolePlay, this.leading),
				// TWO rated Alex fully, once more in a cell the matrix does not have
				rating(alex, TWO, this.inTray, this.leading), rating(alex, TWO, this.rolePlay, this.leading),
				rating(alex, TWO, this.inTray, this.speaking));
		Map<UUID, List<AssessmentParticipant>> incomplete = AssessmentReminders.incompleteSheets(this.centre,
				List.of(alex, sam), given);
		assertThat(incomplete).containsOnlyKeys(ONE, TWO);
		assertThat(incomplete.get(ONE)).containsExactly(sam);
		assertThat(incomplete.get(TWO)).as("a rating outside the matrix fills no cell").containsExactly(alex);
	}

	@Test
	void anErasedAssessorsRatingsAndAFormerAssessorCountForNothing() {
		AssessmentParticipant alex = AssessmentParticipant.of(this.centre.id(), UUID.randomUUID(), Set.of(ONE, GONE));
		// an erased assessor's rating keeps no assessor (the erasure clears it with one statement)
		Rating anonymous = rating(alex, null, this.inTray, this.leading);
		Map<UUID, List<AssessmentParticipant>> incomplete = AssessmentReminders.incompleteSheets(this.centre,
				List.of(alex), List.of(anonymous, rating(alex, ONE, this.rolePlay, this.leading),
						rating(alex, ONE, this.rolePlay, this.speaking)));
		assertThat(incomplete).as("GONE observes Alex but does not assess in the centre; ONE lacks a cell")
			.containsOnlyKeys(ONE);
	}

}
