package io.cocareer.alumni.reentry;

/**
 * Where a re-entry request stands. A request is open (a second one for the same person is
 * refused) until it is decided not now or no, or until a fit is rehired.
 */
public enum ReentryStatus {

	/** Asked; nobody has evaluated it yet. */
	ASKED,
	/** The talent lead or the hiring manager has started the evaluation. */
	UNDER_EVALUATION,
	/** Decided (fit, not now or no). A fit stays open until it is rehired. */
	DECIDED,
	/** A fit who was hired again. */
	REHIRED

}
