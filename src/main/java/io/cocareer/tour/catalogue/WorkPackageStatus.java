package io.cocareer.tour.catalogue;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a work package is: drafted, open for interest, staffed (every seat taken) or closed. A
 * staffed package opens again when a seat frees up; a closed one stays closed.
 */
public enum WorkPackageStatus {

	DRAFT, OPEN, STAFFED, CLOSED;

	/** The statuses this one may move to. */
	public Set<WorkPackageStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(OPEN, CLOSED);
			case OPEN -> EnumSet.of(STAFFED, CLOSED);
			case STAFFED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED -> EnumSet.noneOf(WorkPackageStatus.class);
		};
	}

	public boolean mayMoveTo(WorkPackageStatus target) {
		return next().contains(target);
	}

}
