package io.cocareer.toolbox.mentoring;

/** What a mentee wants of a mentor they had in an earlier cohort. */
public enum PreviousMentor {

	/** No preference. */
	NEUTRAL,

	/** Rather the same mentor again (a plus in the score). */
	PREFER,

	/** Not the same mentor again (the pair is forbidden). */
	AVOID

}
