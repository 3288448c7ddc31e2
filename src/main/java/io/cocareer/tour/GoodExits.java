package io.cocareer.tour;

import java.util.Optional;

import io.cocareer.shared.TourId;

/**
 * What the closing review of a tour that ended in a good exit said, for the alumni capability's
 * exit protocol that the good exit starts (implemented by {@code tour.review}).
 */
public interface GoodExits {

	/**
	 * A trusted read without an actor, for the listener that starts the exit protocol: empty unless
	 * the tour's closing review is completed with a good exit.
	 */
	Optional<GoodExitSummary> goodExitSummary(TourId tourId);

}
