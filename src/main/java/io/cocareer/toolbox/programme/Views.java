package io.cocareer.toolbox.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What {@link ProgrammeService} answers: programmes, cohorts, participations as their reader sees them. */
public final class Views {

	private Views() {
	}

	/**
	 * A module of a track, in its place.
	 * @param mayMoveUp whether the reader moves it one place up (the talent lead; not the first; no
	 * participant has progress on it or on the module above)
	 * @param mayMoveDown the same, one place down
	 * @param mayRemove whether the reader removes it (the talent lead, while no participant has progress on it)
	 */
	public record ModuleView(UUID id, int position, String title, @Nullable String description, @Nullable Integer effortHours,
			boolean required, boolean mayMoveUp, boolean mayMoveDown, boolean mayRemove) {

	}

	/**
	 * A track with its modules in order.
	 * @param mayChangeKind whether the reader changes its kind (the talent lead, before any cohort of it began)
	 */
	public record TrackView(UUID id, TrackKind kind, String name, List<ModuleView> modules, boolean mayChangeKind) {

		public int effortHours() {
			return this.modules.stream().mapToInt((m) -> (m.effortHours() != null) ? m.effortHours() : 0).sum();
		}

	}

	/** A cohort in a list: counts only, no names. */
	public record CohortSummary(UUID id, UUID trackId, String trackName, TrackKind trackKind, String name,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer capacity, int participants, int completed) {

	}

	/**
	 * A programme with its tracks and cohorts.
	 * @param version the version a change of the programme, its tracks or its modules is based on
	 * @param mayManage whether the reader builds and changes it (the talent lead)
	 */
	public record ProgrammeView(UUID id, String name, @Nullable String description, List<TrackView> tracks,
			List<CohortSummary> cohorts, long version, boolean mayManage) {

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
	 * @param version the version a change of the cohort's name and dates is based on
	 * @param mayChange whether the reader changes its name and dates (the talent lead)
	 */
	public record CohortView(UUID id, UUID programmeId, String programmeName, TrackView track, String name,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer capacity, int enrolled, List<ParticipantView> rows,
			int hidden, boolean mayEnrol, long version, boolean mayChange) {

	}

	/** A person's place in a cohort, for "my programmes", a manager's team and the talent profile. */
	public record ParticipationView(UUID participantId, UUID personId, @Nullable String name, UUID programmeId,
			String programmeName, TrackKind trackKind, String trackName, UUID cohortId, String cohortName,
			LocalDate startsOn, @Nullable LocalDate endsOn, ParticipantStatus status, @Nullable LocalDate completedOn, int completedModules,
			int totalModules) {

	}

}
