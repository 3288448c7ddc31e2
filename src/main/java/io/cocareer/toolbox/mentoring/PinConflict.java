package io.cocareer.toolbox.mentoring;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.assignment.InfeasiblePins;

/**
 * One reason the lead's pins cannot all hold, named: a pair that is not allowed, a mentee pinned
 * to more than one mentor, or more pins on a mentor than their capacity.
 */
public record PinConflict(InfeasiblePins.Kind kind, @Nullable String menteeName, @Nullable String mentorName,
		int pins, int capacity) implements java.io.Serializable {

	public String messageKey() {
		return "toolbox.mentoring.conflict." + this.kind;
	}

	/** In plain English words, for the API's detail and the logs. */
	public String describe() {
		return switch (this.kind) {
			case PAIR_NOT_ALLOWED -> this.menteeName + " with " + this.mentorName
					+ " is not an allowed pair (own manager or report, a mentor to avoid, or forbidden)";
			case PERSON_OVER_CAPACITY -> this.menteeName + " is pinned to " + this.pins + " mentors; a mentee has one";
			case PLACE_OVER_CAPACITY -> this.mentorName + " has " + this.pins + " pinned mentees but takes "
					+ this.capacity;
		};
	}

}
