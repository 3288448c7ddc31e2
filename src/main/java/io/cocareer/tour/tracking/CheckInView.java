package io.cocareer.tour.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A check-in as the people of the tour read it.
 * @param complete both sides have written their note
 * @param mayWriteNote the reader may write (or rewrite) their side's note
 */
public record CheckInView(UUID id, LocalDate heldOn, int progress, CheckInStatus status, List<MilestoneView> milestones,
		@Nullable String talentNote, @Nullable Instant talentNotedAt, @Nullable String managerNote,
		@Nullable String managerNotedBy, @Nullable Instant managerNotedAt, String createdByName, Instant createdAt,
		long version, boolean complete, boolean mayWriteNote) {

	/** A milestone and whether it is done. */
	public record MilestoneView(String text, boolean done) {

	}

}
