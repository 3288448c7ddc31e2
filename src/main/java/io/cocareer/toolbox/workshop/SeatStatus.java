package io.cocareer.toolbox.workshop;

/** A person's place in a workshop. */
public enum SeatStatus {

	/** Has a seat. */
	ENROLLED,

	/** In line for a seat, moved up on their own when one frees. */
	WAITING

}
