package io.cocareer.toolbox.counselling;

/** Where a counselling session stands: requested, scheduled, then held or cancelled. */
public enum SessionStatus {

	REQUESTED, SCHEDULED, HELD, CANCELLED;

	/** Not held nor cancelled yet: its agenda, its time and its place may still change. */
	public boolean open() {
		return this == REQUESTED || this == SCHEDULED;
	}

}
