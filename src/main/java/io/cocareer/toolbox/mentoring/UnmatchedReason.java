package io.cocareer.toolbox.mentoring;

/** Why the last matching run left a mentee without a mentor. */
public enum UnmatchedReason {

	/** Every mentor was ruled out for them: their own manager or report, a mentor to avoid, forbidden by the lead. */
	NO_ALLOWED_MENTOR,

	/** The mentors they could have had were full with other mentees. */
	CAPACITY_EXHAUSTED

}
