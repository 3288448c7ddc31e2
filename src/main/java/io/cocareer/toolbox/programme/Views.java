package io.cocareer.toolbox.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What {@link ProgrammeService} answers: programmes, cohorts, participations as their reader sees them. */
public final class Views {

	private Views() {
	}

	public record ModuleView(UUID id, int position, String title, @Nullable String description, @Nullable Integer effortHours,
			boolean required) {

	}

	public record TrackView(UUID id, TrackKind kind, String name, List<ModuleView> modules) {

		public int effortHours() {
			return this.modules.stream().mapToInt((m) -> (m.effortHours() != null) ? m.effortHours() : 0).sum();
		}

	}

	/** A cohort in a list: counts only, no names. */
	public record CohortSummary(UUID id, UUID trackId, String trackName, TrackKind trackKind, String name,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer capacity, int participants, int completed) {

	}

	public record ProgrammeView(UUID id, String name, @Nullable String description, List<TrackView> tracks,
			List<CohortSummary> cohorts, boolean mayManage) {

	}

	public record ProgressView(UUID moduleId, ProgressState state, @Nullable LocalDate completedOn) {

	}

	/**
	 * A participant's row of a cohort: their progress on every module of the track, in order.
	 * @param mayUpdate whether the reader updates this row's progress (the participant, the talent lead)
	 * @param mayWithdraw whether the reader withdraws them (the talent lead)
	 */
	public record ParticipantView(UUID id, UUID personId, @Nullable String name, ParticipantStatus status,
			LocalDate enrolledOn, @Nullable LocalDate completedOn, @Nullable LocalDate withdrawnOn, List<ProgressView> progress, int completedModules,
			int requiredModules, int requiredCompleted, boolean mayUpdate, boolean mayWithdraw) {

	}

	/**
	 * A cohort with the rows its reader may see: every participant for the talent lead, a manager's
	 * team, a participant's own.
	 * @param enrolled participants not withdrawn (a count over everyone, for the capacity)
	 * @param hidden rows the reader does not see
	 */
	public record CohortView(UUID id, UUID programmeId, String programmeName, TrackView track, String name,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer capacity, int enrolled, List<ParticipantView> rows,
			int hidden, boolean mayEnrol) {

	}

	/** A person's place in a cohort, for "my programmes", a manager's team and the talent profile. */
	public record ParticipationView(UUID participantId, UUID personId, @Nullable String name, UUID programmeId,
			String programmeName, TrackKind trackKind, String trackName, UUID cohortId, String cohortName,
			LocalDate startsOn, @Nullable LocalDate endsOn, ParticipantStatus status, @Nullable LocalDate completedOn, int completedModules,
			int totalModules) {

	}

}
