package io.cocareer.toolbox.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may go where, and how good each pair is.
 * @param people those to place (mentees, talents), each with how many places they may take at once
 * (usually 1)
 * @param places where they go (mentors, rotational packages), each with its capacity (a mentor's
 * mentees, a package's seats)
 * @param candidates the allowed pairs with their score, to maximise (an integer: scale a score in
 * [0, 1] by 1000); a pair that is not a candidate is forbidden
 * @param pinned pairs that must be in the result whatever the scores (each must be a candidate)
 * @param loadStep the penalty that spreads load: the k-th person on a place costs (k − 1) ×
 * {@code loadStep} in the objective (0: none)
 */
public record AssignmentProblem(List<Side> people, List<Side> places, List<Candidate> candidates, List<Pair> pinned,
		long loadStep) {

	public AssignmentProblem {
		people = List.copyOf(people);
		places = List.copyOf(places);
		candidates = List.copyOf(candidates);
		pinned = List.copyOf(pinned);
		if (loadStep < 0) {
			throw new IllegalArgumentException("The load step is 0 or more, not " + loadStep);
		}
		Set<String> personIds = ids(people, "person");
		Set<String> placeIds = ids(places, "place");
		Set<Pair> pairs = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (!personIds.contains(candidate.person()) || !placeIds.contains(candidate.place())) {
				throw new IllegalArgumentException("A candidate names an unknown person or place: " + candidate);
			}
			if (!pairs.add(candidate.pair())) {
				throw new IllegalArgumentException("A pair is a candidate twice: " + candidate.pair());
			}
		}
		if (new HashSet<>(pinned).size() != pinned.size()) {
			throw new IllegalArgumentException("A pair is pinned twice");
		}
	}

	/** A problem without pins or load spreading. */
	public static AssignmentProblem of(List<Side> people, List<Side> places, List<Candidate> candidates) {
		return new AssignmentProblem(people, places, candidates, List.of(), 0);
	}

	public AssignmentProblem withPinned(List<Pair> pairs) {
		return new AssignmentProblem(this.people, this.places, this.candidates, pairs, this.loadStep);
	}

	public AssignmentProblem withLoadStep(long step) {
		return new AssignmentProblem(this.people, this.places, this.candidates, this.pinned, step);
	}

	private static Set<String> ids(List<Side> sides, String what) {
		Set<String> ids = new HashSet<>();
		for (Side side : sides) {
			if (!ids.add(side.id())) {
				throw new IllegalArgumentException("The " + what + " " + side.id() + " is listed twice");
			}
		}
		return ids;
	}

	/**
	 * A person or a place with its capacity.
	 * @param id its id, unique on its side
	 * @param capacity how many pairs it may be in, 0 or more
	 */
	public record Side(String id, int capacity) {

		public Side {
			if (id == null || capacity < 0) {
				throw new IllegalArgumentException("A side has an id and a capacity of 0 or more: " + id + ", " + capacity);
			}
		}

	}

	/** An allowed pair and its score. */
	public record Candidate(String person, String place, long score) {

		public Pair pair() {
			return new Pair(this.person, this.place);
		}

	}

	/** A person and a place. */
	public record Pair(String person, String place) {

	}

}
