package io.cocareer.network.introduction;

/** Where an introduction stands. */
public enum IntroductionState {

	/** Asked, waiting for the broker. */
	REQUESTED,

	/** The broker agreed to make it. */
	ACCEPTED,

	/** The broker declined (or left). */
	DECLINED,

	/** The broker made it; the talent's outcome is awaited. */
	INTRODUCED,

	/** The talent recorded the outcome. */
	CLOSED,

	/** The talent withdrew it before it was made (or left). */
	WITHDRAWN;

	/** Whether it still waits for someone to act on it. */
	public boolean open() {
		return this == REQUESTED || this == ACCEPTED || this == INTRODUCED;
	}

}
