package io.cocareer.toolbox.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.assessment.RatingEntry;
import io.cocareer.toolbox.assessment.RatingSheet;

/** An assessor's rating sheet as posted: one row per competency an exercise observes. */
public class SheetForm {

	private List<Row> ratings = new ArrayList<>();

	static SheetForm of(RatingSheet sheet) {
		SheetForm form = new SheetForm();
		for (RatingSheet.Exercise exercise : sheet.exercises()) {
			for (RatingSheet.Cell cell : exercise.cells()) {
				Row row = new Row();
				row.setExerciseId(exercise.id());
				row.setCompetencyId(cell.competency().id());
				row.setRating(cell.rating());
				row.setEvidence(cell.evidence());
				form.ratings.add(row);
			}
		}
		return form;
	}

	List<RatingEntry> toEntries() {
		return this.ratings.stream()
			.map((r) -> new RatingEntry(r.getExerciseId(), r.getCompetencyId(), r.getRating(), r.getEvidence()))
			.toList();
	}

	/** The index of the row of a cell, for the page to name its fields. */
	public int indexOf(UUID exerciseId, UUID competencyId) {
		for (int i = 0; i < this.ratings.size(); i++) {
			Row row = this.ratings.get(i);
			if (exerciseId.equals(row.getExerciseId()) && competencyId.equals(row.getCompetencyId())) {
				return i;
			}
		}
		return -1;
	}

	public List<Row> getRatings() {
		return this.ratings;
	}

	public void setRatings(List<Row> ratings) {
		this.ratings = ratings;
	}

	public static class Row {

		private UUID exerciseId;

		private UUID competencyId;

		private Integer rating;

		private String evidence;

		public UUID getExerciseId() {
			return this.exerciseId;
		}

		public void setExerciseId(UUID exerciseId) {
			this.exerciseId = exerciseId;
		}

		public UUID getCompetencyId() {
			return this.competencyId;
		}

		public void setCompetencyId(UUID competencyId) {
			this.competencyId = competencyId;
		}

		public Integer getRating() {
			return this.rating;
		}

		public void setRating(Integer rating) {
			this.rating = rating;
		}

		public String getEvidence() {
			return this.evidence;
		}

		public void setEvidence(String evidence) {
			this.evidence = evidence;
		}

	}

}
