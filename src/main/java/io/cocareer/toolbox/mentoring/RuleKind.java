package io.cocareer.toolbox.mentoring;

/** The talent lead's say on one pair before the matching is published. */
public enum RuleKind {

	/** The pair must be in the matching. */
	PIN,

	/** The pair must not be in the matching. */
	FORBID

}
