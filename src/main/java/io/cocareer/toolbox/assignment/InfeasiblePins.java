package io.cocareer.toolbox.assignment;

import java.util.List;

import io.cocareer.shared.BusinessRuleViolation;

/**
 * Pinned pairs that no assignment can honour, each said: a pin on a pair that is not allowed, or
 * more pins on a person or a place than its capacity.
 */
public class InfeasiblePins extends BusinessRuleViolation {

	private final List<Conflict> conflicts;

	public InfeasiblePins(List<Conflict> conflicts) {
		super("toolbox.assignment.pinsInfeasible", "Pinned pairs cannot all be honoured: " + conflicts);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return this.conflicts;
	}

	/**
	 * One reason the pins cannot all hold.
	 * @param kind what is wrong
	 * @param person the person concerned, or {@code null} for a place's conflict
	 * @param place the place concerned, or {@code null} for a person's conflict
	 * @param pins how many pins it has (for the capacity kinds)
	 * @param capacity its capacity (for the capacity kinds)
	 */
	public record Conflict(Kind kind, String person, String place, int pins, int capacity) {

	}

	public enum Kind {

		/** The pinned pair is not among the candidates (forbidden or not eligible). */
		PAIR_NOT_ALLOWED,

		/** A person is pinned to more places than they may take. */
		PERSON_OVER_CAPACITY,

		/** A place has more pinned people than its capacity. */
		PLACE_OVER_CAPACITY

	}

}
