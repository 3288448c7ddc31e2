package io.cocareer.talent;

/** Why someone is in the talent pool. */
public enum DesignationReason {

	/** Delivers well above their role now and is critical to results. */
	IMMEDIATE_CONTRIBUTION,

	/** Shows the capacity to grow into much broader roles. */
	LONG_TERM_POTENTIAL

}
