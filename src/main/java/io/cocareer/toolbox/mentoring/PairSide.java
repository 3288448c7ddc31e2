package io.cocareer.toolbox.mentoring;

/** One side of a mentoring pair. */
public enum PairSide {

	MENTOR, MENTEE

}
