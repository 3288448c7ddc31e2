package io.cocareer.toolbox.workshop;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Attendees' feedback as the facilitator and the talent lead read it: never who said what. The
 * average and the comments are shown only once at least {@code minimum} attendees answered.
 * @param answers how many attendees answered
 * @param shown whether enough answered for the average and the comments to be shown
 * @param average the mean rating (1 to 5) when shown
 * @param comments the comments when shown, in no telling order
 */
public record FeedbackSummary(int answers, int minimum, boolean shown, @Nullable Double average,
		List<String> comments) {

	/** Fewer answers than this show nothing but their count. */
	public static final int MINIMUM_ANSWERS = 3;

}
