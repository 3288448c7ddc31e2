package io.cocareer.toolbox.assignment;

import java.util.List;

/**
 * An optimal assignment: as many people placed as the capacities and allowed pairs permit, and
 * among such placements one with the highest {@link #objective()}.
 * @param pairs the chosen pairs with their scores, pinned ones included
 * @param totalScore the sum of the chosen pairs' scores
 * @param loadPenalty the load spreading's cost of the chosen pairs (see
 * {@link AssignmentProblem#loadStep()})
 * @param unplaced the people left without any place, in the problem's order
 */
public record Assignment(List<AssignmentProblem.Candidate> pairs, long totalScore, long loadPenalty,
		List<String> unplaced) {

	public Assignment {
		pairs = List.copyOf(pairs);
		unplaced = List.copyOf(unplaced);
	}

	/** What the assignment maximises: the total score less the load penalty. */
	public long objective() {
		return this.totalScore - this.loadPenalty;
	}

}
