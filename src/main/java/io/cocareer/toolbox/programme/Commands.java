package io.cocareer.toolbox.programme;

import java.time.LocalDate;

/** What the talent lead gives to build programmes: the commands of {@link ProgrammeService}. */
public final class Commands {

	private Commands() {
	}

	/** A programme: its name and what it is for. */
	public record CreateProgramme(String name, String description) {

	}

	/** A track of a programme: leadership or expert, and its name. */
	public record AddTrack(TrackKind kind, String name) {

	}

	/** A module at the end of a track: title, description, expected effort in hours, required or elective. */
	public record AddModule(String title, String description, Integer effortHours, boolean required) {

	}

	/** A cohort of a track: its name, start, end (may be open) and capacity (may be unlimited). */
	public record CreateCohort(String name, LocalDate startsOn, LocalDate endsOn, Integer capacity) {

	}

	/** A programme's new name and description. */
	public record ChangeProgramme(String name, String description) {

	}

	/** A track's new name, and its kind ({@code null}: the kind stays), which changes only before a cohort of it began. */
	public record ChangeTrack(TrackKind kind, String name) {

	}

	/** A module's new title, description and expected effort (its place and whether it is required stay). */
	public record ChangeModule(String title, String description, Integer effortHours) {

	}

	/** A cohort's new name and dates (its capacity stays). */
	public record ChangeCohort(String name, LocalDate startsOn, LocalDate endsOn) {

	}

}
