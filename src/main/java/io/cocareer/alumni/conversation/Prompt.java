package io.cocareer.alumni.conversation;

/** What prompted a conversation. */
public enum Prompt {

	/** No conversation held in the last twelve months (the daily job). */
	YEARLY,

	/** The talent set a career horizon. */
	CAREER_HORIZON,

	/** A tour's closing review ended in a good exit. */
	TOUR_CLOSING,

	/** The talent lead or the manager scheduled it. */
	BY_HAND

}
