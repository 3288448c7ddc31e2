package io.cocareer.alumni.conversation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up of a conversation, as its readers see it.
 * @param what blank once the talent was erased
 * @param ownerName the owner's name, or the neutral label
 * @param mayMarkDone whether the reader may mark it done now
 */
public record FollowUpView(UUID id, @Nullable String what, @Nullable UUID ownerId, @Nullable String ownerName,
		LocalDate dueOn, @Nullable LocalDate doneOn, boolean overdue, boolean mayMarkDone) {

	public boolean done() {
		return this.doneOn != null;
	}

}
