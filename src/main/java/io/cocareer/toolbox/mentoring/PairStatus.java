package io.cocareer.toolbox.mentoring;

/** A pair of the matching: a draft only the lead sees, active while the cohort runs, ended. */
public enum PairStatus {

	DRAFT, ACTIVE, ENDED

}
