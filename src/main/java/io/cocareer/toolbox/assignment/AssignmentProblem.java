package io.cocareer.toolbox.assignment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Who may go where, and how good each pair is.
 * <p>
 * A class rather than a record only to keep each candidate's person and place as positions,
 * worked out once while the ids are checked.
 */
public final class AssignmentProblem {

	private final List<Side> people;

	private final List<Side> places;

	private final List<Candidate> candidates;

	private final List<Pair> pinned;

	private final long loadStep;

	/** Each candidate's person and place as positions in {@link #people} and {@link #places}, and its score. */
	private final int[] personOf;

	private final int[] placeOf;

	private final long[] scoreOf;

	/**
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
	public AssignmentProblem(List<Side> people, List<Side> places, List<Candidate> candidates, List<Pair> pinned,
			long loadStep) {
		this.people = List.copyOf(people);
		this.places = List.copyOf(places);
		this.candidates = List.copyOf(candidates);
		this.pinned = List.copyOf(pinned);
		this.loadStep = loadStep;
		if (loadStep < 0) {
			throw new IllegalArgumentException("The load step is 0 or more, not " + loadStep);
		}
		Map<String, Integer> personIndex = index(this.people, "person");
		Map<String, Integer> placeIndex = index(this.places, "place");
		// the ids become positions once, here, so that solving reads arrays rather than looks up strings
		int n = this.candidates.size();
		this.personOf = new int[n];
		this.placeOf = new int[n];
		this.scoreOf = new long[n];
		long[] pairKeys = new long[n];
		for (int c = 0; c < n; c++) {
			Candidate candidate = this.candidates.get(c);
			Integer person = personIndex.get(candidate.person());
			Integer place = placeIndex.get(candidate.place());
			if (person == null || place == null) {
				throw new IllegalArgumentException("A candidate names an unknown person or place: " + candidate);
			}
			this.personOf[c] = person;
			this.placeOf[c] = place;
			this.scoreOf[c] = candidate.score();
			pairKeys[c] = (long) person * this.places.size() + place;
		}
		Arrays.sort(pairKeys);
		for (int c = 1; c < n; c++) {
			if (pairKeys[c] == pairKeys[c - 1]) {
				Side person = this.people.get((int) (pairKeys[c] / this.places.size()));
				Side place = this.places.get((int) (pairKeys[c] % this.places.size()));
				throw new IllegalArgumentException("A pair is a candidate twice: " + new Pair(person.id(), place.id()));
			}
		}
		if (new HashSet<>(this.pinned).size() != this.pinned.size()) {
			throw new IllegalArgumentException("A pair is pinned twice");
		}
	}

	public List<Side> people() {
		return this.people;
	}

	public List<Side> places() {
		return this.places;
	}

	public List<Candidate> candidates() {
		return this.candidates;
	}

	public List<Pair> pinned() {
		return this.pinned;
	}

	public long loadStep() {
		return this.loadStep;
	}

	/** The position in {@link #people()} of the person of the candidate at this position. */
	int personOf(int candidate) {
		return this.personOf[candidate];
	}

	/** The position in {@link #places()} of the place of the candidate at this position. */
	int placeOf(int candidate) {
		return this.placeOf[candidate];
	}

	/** The score of the candidate at this position. */
	long scoreOf(int candidate) {
		return this.scoreOf[candidate];
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

	private static Map<String, Integer> index(List<Side> sides, String what) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < sides.size(); i++) {
			if (positions.put(sides.get(i).id(), i) != null) {
				throw new IllegalArgumentException("The " + what + " " + sides.get(i).id() + " is listed twice");
			}
		}
		return positions;
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
