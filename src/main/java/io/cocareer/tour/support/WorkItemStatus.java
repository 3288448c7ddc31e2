package io.cocareer.tour.support;

/**
 * Where a resource request or an obstacle stands. A request is provided or declined (with the
 * reason), an obstacle resolved (with a note); those are closed and final. The others are open,
 * and an open item past its date is overdue.
 */
public enum WorkItemStatus {

	REQUESTED, OPEN, IN_PROGRESS, PROVIDED, DECLINED, RESOLVED;

	public boolean closed() {
		return this == PROVIDED || this == DECLINED || this == RESOLVED;
	}

	/** Declining and resolving say why or how, for everyone to read. */
	public boolean needsNote() {
		return this == DECLINED || this == RESOLVED;
	}

	public String messageKey() {
		return "tour.work.status." + name();
	}

}
