package io.cocareer.tour.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a work item of a running tour is: a resource the tour needs (people, budget, access), or
 * an obstacle in its way. Each kind has its own statuses.
 */
public enum WorkItemKind {

	RESOURCE, OBSTACLE;

	/** The statuses an item of this kind may have; the first is where it starts. */
	public Set<WorkItemStatus> statuses() {
		return (this == RESOURCE)
				? EnumSet.of(WorkItemStatus.REQUESTED, WorkItemStatus.IN_PROGRESS, WorkItemStatus.PROVIDED,
						WorkItemStatus.DECLINED)
				: EnumSet.of(WorkItemStatus.OPEN, WorkItemStatus.IN_PROGRESS, WorkItemStatus.RESOLVED);
	}

	public WorkItemStatus initial() {
		return (this == RESOURCE) ? WorkItemStatus.REQUESTED : WorkItemStatus.OPEN;
	}

	public String messageKey() {
		return "tour.work.kind." + name();
	}

}
