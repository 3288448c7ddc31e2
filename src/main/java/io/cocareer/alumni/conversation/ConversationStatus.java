package io.cocareer.alumni.conversation;

/** Where a pre-emptive exit conversation stands. */
public enum ConversationStatus {

	/** Proposed (by the yearly job, a career horizon or a tour's end): to be scheduled by its due date. */
	PROPOSED,

	/** A date is set. */
	SCHEDULED,

	/** Held and recorded; its follow-ups run. */
	HELD,

	/** Closed: read only. */
	CLOSED,

	/** Not held (the talent left, or it was called off). */
	CANCELLED;

	/** Still to be held: proposed or scheduled. */
	public boolean open() {
		return this == PROPOSED || this == SCHEDULED;
	}

	/** Its record may still change: not closed nor cancelled. */
	public boolean live() {
		return this != CLOSED && this != CANCELLED;
	}

}
