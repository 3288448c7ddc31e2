package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A centre's set-up as the talent lead and its assessors read it (no ratings): exercises with the
 * competencies each observes, the competencies, participants with who observes them and how far
 * their ratings are, the assessors; what keeps it from opening for ratings ({@code readiness},
 * message keys), and what the reader may do.
 * @param toRate the participants the reader rates (their person ids)
 */
public record CentreView(UUID id, String title, LocalDate heldOn, String purpose, CentreStatus status, long version,
		List<Exercise> exercises, List<CompetencyRef> competencies, List<Participant> participants,
		List<PersonRef> assessors, List<String> readiness, boolean mayEdit, boolean mayOpenRatings,
		boolean mayStartWashUp, boolean mayChair, Set<UUID> toRate) {

	/** Whether an exercise observes a competency (the matrix, for pages). */
	public boolean observes(UUID exerciseId, UUID competencyId) {
		return this.exercises.stream()
			.anyMatch((e) -> e.id().equals(exerciseId) && e.observes().contains(competencyId));
	}

	/** An exercise and the competencies it observes. */
	public record Exercise(UUID id, String name, ExerciseKind kind, String description, Set<UUID> observes) {

	}

	/**
	 * A participant: who observes them, how many of the ratings expected from those observers are
	 * in (counts, no ratings), whether their wash-up is finalised and their report released, and
	 * whether they were withdrawn (they left the organisation before the release: nobody observes
	 * them any more).
	 */
	public record Participant(UUID personId, String name, List<PersonRef> observers, int ratingsIn,
			int ratingsExpected, boolean finalised, boolean released, boolean withdrawn) {

		public boolean observedBy(UUID assessorId) {
			return this.observers.stream().anyMatch((o) -> o.id().equals(assessorId));
		}

	}

}
