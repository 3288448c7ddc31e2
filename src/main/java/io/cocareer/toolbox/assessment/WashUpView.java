package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The wash-up of one participant: per competency, every assessor's ratings per exercise side by
 * side with their spread, and the consensus with its rationale; the development suggestions,
 * whether it is finalised and released, and the version the chair's form is based on.
 * @param participants the participants whose wash-up the reader may open (to move between them)
 * @param withdrawnOn the day the participant left the organisation, when that was before the
 * release: their wash-up no longer changes and is not released
 */
public record WashUpView(UUID centreId, String centreTitle, LocalDate heldOn, CentreStatus status,
		PersonRef participant, List<PersonRef> participants, List<ExerciseRef> exercises, List<Row> rows,
		String developmentSuggestions, LocalDate finalisedOn, LocalDate releasedOn, LocalDate withdrawnOn,
		long version, boolean mayEdit, boolean mayRelease) {

	public record ExerciseRef(UUID id, String name, ExerciseKind kind) {

	}

	/**
	 * One competency: the cells in the order of the exercises, the lowest and highest rating and
	 * their spread (null without ratings), the mean, the consensus.
	 */
	public record Row(CompetencyRef competency, List<Cell> cells, Integer lowest, Integer highest, Integer spread,
			Double mean, Integer consensus, String rationale) {

	}

	/** The ratings of one competency in one exercise (none where the exercise does not observe it). */
	public record Cell(UUID exerciseId, boolean observed, List<AssessorRating> ratings) {

	}

	/** One assessor's rating; an erased assessor is no longer named ({@code assessorId} null). */
	public record AssessorRating(UUID assessorId, String assessorName, int rating, String evidence) {

	}

}
