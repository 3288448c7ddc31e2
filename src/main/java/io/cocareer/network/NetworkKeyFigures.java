package io.cocareer.network;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;

/**
 * The health of the talents' networks in aggregate, for other modules (the toolbox's programme
 * overview and infographic): how many active talents have a network map, and how many of those
 * reach outside the organisation, over the whole organisation only and as the review across
 * talents' networks shows them (hidden, {@code null}, below k or where it would reveal a smaller
 * group). Implemented by {@code network.review}; the talent lead's alone, as the review is.
 */
public interface NetworkKeyFigures {

	/** Whether the actor reads the review's figures (the talent lead). */
	boolean mayRead(Actor actor);

	/** The organisation's figures as of now; refused (403) for anyone but a reviewer. */
	KeyFigures keyFigures(Actor actor);

	/**
	 * @param mappedTalents active talents with a network map (null when hidden)
	 * @param reachingOutside of those, the ones with at least one tie outside the organisation (null when hidden)
	 */
	record KeyFigures(int minGroupSize, @Nullable Long mappedTalents, @Nullable Long reachingOutside) {

	}

}
