package io.cocareer.alumni.mobility;

import java.util.List;

/** Where a talent sees their career going. */
public enum HorizonKind {

	/** Not looking: happy where they are. */
	NONE,

	/** Looking for a next step inside the organisation. */
	EXPLORING_INSIDE,

	/** May look outside within some months ({@link #MONTHS}). */
	EXPLORING_OUTSIDE;

	/** The horizons a talent may give for exploring outside, in months. */
	public static final List<Integer> MONTHS = List.of(3, 6, 12, 24);

}
