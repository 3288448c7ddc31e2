package io.cocareer.alumni;

/** What an entry of the alumni interactions log records. */
public enum InteractionKind {

	/** Came to an event or an insight panel. */
	EVENT,
	/** Worked with the organisation: a project, a contract, a deal (with its value). */
	COLLABORATION,
	/** Referred a candidate (hired or not) or a client. */
	REFERRAL,
	/** A contact: a call, a message, a meeting. */
	CONTACT

}
