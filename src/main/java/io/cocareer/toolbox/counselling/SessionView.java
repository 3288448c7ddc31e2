package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A counselling session as its reader sees it. In lists {@code notes} is always {@code null}; on
 * its own it carries the notes for the talent, the counsellor and the talent lead.
 * @param counsellorId {@code null} once the counsellor was erased
 * @param sequence the invite's SEQUENCE (bumped on every reschedule)
 * @param overdueFollowUps follow-ups not done past their day
 */
public record SessionView(UUID id, UUID talentId, String talentName, UUID counsellorId, String counsellorName,
		String topic, String agenda, SessionStatus status, LocalDateTime startsAt, LocalDateTime endsAt, String place,
		String videoLink, int sequence, LocalDate heldOn, String notes, String cancelReason, LocalDate cancelledOn,
		List<FollowUpView> followUps, int overdueFollowUps, long version, Permissions may) {

	/** Minutes between the start and the end, or {@code null} while not scheduled. */
	public Long durationMinutes() {
		return (this.startsAt != null && this.endsAt != null)
				? java.time.Duration.between(this.startsAt, this.endsAt).toMinutes() : null;
	}

	/** What the reader may do with it (the page's buttons, the API's flags). */
	public record Permissions(boolean schedule, boolean editAgenda, boolean markHeld, boolean readNotes,
			boolean writeNotes, boolean cancel, boolean addFollowUp, boolean downloadInvite) {

		public static final Permissions NONE = new Permissions(false, false, false, false, false, false, false, false);

	}

}
