package io.cocareer.toolbox.mentoring;

/** Where a mentoring cohort stands: enrolling, matched (a draft the lead may change), running, ended. */
public enum CohortStatus {

	ENROLLING, MATCHED, RUNNING, ENDED;

	/** Whether the matching may still be run and changed (before it is published). */
	public boolean beforePublishing() {
		return this == ENROLLING || this == MATCHED;
	}

}
