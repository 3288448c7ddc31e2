package io.cocareer.toolbox.workshop;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A workshop as its facilitator and the talent lead manage it: who is enrolled (with attendance),
 * the waiting list in order, the feedback summary.
 * @param mayRecordAttendance it has started (and is not cancelled)
 */
public record ManagedWorkshop(WorkshopView workshop, List<Participant> enrolled, List<Participant> waiting,
		FeedbackSummary feedback, boolean mayRecordAttendance) {

	/**
	 * A person enrolled or waiting.
	 * @param position the place in line, from 1 (the order of enrolment for the enrolled)
	 * @param attendance whether they came, once recorded
	 */
	public record Participant(UUID personId, String name, int position, @Nullable Attendance attendance) {

	}

}
