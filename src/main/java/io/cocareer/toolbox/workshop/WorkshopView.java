package io.cocareer.toolbox.workshop;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A workshop as someone who sees it reads it, with their own place in it and what they may do.
 * Who else is enrolled or waiting is not in it ({@link ManagedWorkshop} is, for those who manage it).
 * @param facilitatorId the facilitator; {@code null} once they were erased (the talent lead runs it)
 * @param upcoming scheduled and not started: enrolment is open
 * @param enrolled how many are enrolled
 * @param waiting how many are on the waiting list
 * @param mySeat the reader's place, or {@code null} when they hold none
 * @param myPosition the reader's place in line (from 1) while they wait
 * @param materials what is shared with the enrolled; empty for a reader who may not read them
 * @param version the revision read, to send back with a change
 */
public record WorkshopView(UUID id, String title, @Nullable String description, @Nullable UUID facilitatorId,
		@Nullable String facilitatorName, OffsetDateTime startsAt, OffsetDateTime endsAt, int durationMinutes,
		@Nullable String place, @Nullable String videoLink, int capacity, Audience audience, WorkshopStatus status,
		boolean upcoming, long enrolled, long waiting, long freeSeats, @Nullable SeatStatus mySeat,
		@Nullable Integer myPosition, @Nullable Attendance myAttendance, @Nullable Integer myRating,
		@Nullable String myComment, List<MaterialView> materials, long version, boolean mayEnrol, boolean mayLeave,
		boolean mayManage, boolean mayEdit, boolean mayReadMaterials, boolean mayGiveFeedback,
		boolean mayDownloadCalendar) {

	public boolean cancelled() {
		return this.status == WorkshopStatus.CANCELLED;
	}

	/** Held or holding: scheduled and started. */
	public boolean past() {
		return !this.upcoming && this.status == WorkshopStatus.SCHEDULED;
	}

	public boolean full() {
		return this.freeSeats == 0;
	}

}
