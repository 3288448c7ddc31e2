package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up of a session: {@code what} is {@code null} once the talent was erased. */
public record FollowUpView(UUID id, String what, FollowUpOwner owner, LocalDate dueOn, LocalDate doneOn,
		boolean overdue, boolean mayMarkDone) {

	public boolean done() {
		return this.doneOn != null;
	}

}
