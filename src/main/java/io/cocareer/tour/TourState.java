package io.cocareer.tour;

import java.util.EnumSet;
import java.util.Set;

import io.cocareer.tour.internal.Tour;

/**
 * Where a tour of duty is in its life. The mission is drafted in conversation, the agreement
 * awaits both signatures, a tour signed before its start date waits as signed until that day, the
 * tour runs while active, and ends in a closing review, or early, with a reason. Only the moves of
 * {@link #next()} exist; each has one trigger (see {@code Tour}).
 */
@io.swagger.v3.oas.annotations.media.Schema(description = "Where a tour is in its life: DRAFT (proposed), "
		+ "IN_CONVERSATION (the mission is drafted), AWAITING_SIGNATURES (the agreement is out for both signatures), "
		+ "SIGNED (signed by both before its start date; becomes ACTIVE on startOn), ACTIVE (running), "
		+ "IN_CLOSING_REVIEW, COMPLETED, ENDED_EARLY")
public enum TourState {

	DRAFT, IN_CONVERSATION, AWAITING_SIGNATURES, SIGNED, ACTIVE, IN_CLOSING_REVIEW, COMPLETED, ENDED_EARLY;

	/** The states this one may move to. */
	public Set<TourState> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_CONVERSATION, ENDED_EARLY);
			case IN_CONVERSATION -> EnumSet.of(AWAITING_SIGNATURES, ENDED_EARLY);
			// a change asked for while signatures are collected sends the agreement back to conversation
			// signed by both: active at once, or signed and waiting while the start date is ahead
			case AWAITING_SIGNATURES -> EnumSet.of(IN_CONVERSATION, SIGNED, ACTIVE, ENDED_EARLY);
			case SIGNED -> EnumSet.of(ACTIVE, ENDED_EARLY);
			case ACTIVE -> EnumSet.of(IN_CLOSING_REVIEW, ENDED_EARLY);
			case IN_CLOSING_REVIEW -> EnumSet.of(COMPLETED, ENDED_EARLY);
			case COMPLETED, ENDED_EARLY -> EnumSet.noneOf(TourState.class);
		};
	}

	public boolean mayMoveTo(TourState target) {
		return next().contains(target);
	}

	/**
	 * Whether a person moves a tour here by hand: starting the conversation, starting the closing
	 * review, ending early. Signing and the closing review make the other moves.
	 */
	public boolean byHand() {
		return this == IN_CONVERSATION || this == IN_CLOSING_REVIEW || this == ENDED_EARLY;
	}

	/** Whether the tour is over, one way or the other. */
	public boolean finished() {
		return this == COMPLETED || this == ENDED_EARLY;
	}

	/** Whether the tour's time share counts against the talent's week (signed, or about to be). */
	public boolean commitsTime() {
		return COMMITTING.contains(this);
	}

	/** The states whose time share counts against the talent's week. */
	public static Set<TourState> committing() {
		return EnumSet.copyOf(COMMITTING);
	}

	private static final Set<TourState> COMMITTING = EnumSet.of(AWAITING_SIGNATURES, SIGNED, ACTIVE,
			IN_CLOSING_REVIEW);

	/** The state in words, for messages that name it: "in closing review". */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	public String messageKey() {
		return "tour.state." + name();
	}

}
