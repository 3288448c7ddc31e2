package io.cocareer.toolbox.assessment;

import java.util.List;
import java.util.UUID;

/**
 * An assessor's rating sheet for one participant: per exercise, the competencies it observes with
 * the assessor's own rating and evidence so far (nothing of the other assessors').
 */
public record RatingSheet(UUID centreId, String centreTitle, CentreStatus status, PersonRef participant,
		List<Exercise> exercises, boolean mayRate) {

	public record Exercise(UUID id, String name, ExerciseKind kind, String description, List<Cell> cells) {

	}

	public record Cell(CompetencyRef competency, Integer rating, String evidence) {

	}

}
