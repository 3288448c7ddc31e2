package io.cocareer.tour.tracking;

/**
 * A win the manager proposes is a draft until the talent publishes it to the audience of their
 * choice; a win the talent writes is published at once.
 */
public enum WinState {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "tour.win.state." + name();
	}

}
