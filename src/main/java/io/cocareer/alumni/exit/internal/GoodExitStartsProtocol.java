package io.cocareer.alumni.exit.internal;

import io.cocareer.alumni.exit.ExitService;
import io.cocareer.tour.TourEndedInGoodExit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A tour that ended in a good exit starts the talent's exit protocol with what its closing review
 * said (unless one is open already), after the review is committed; idempotent, as a retried
 * publication finds the protocol open.
 */
@Component
class GoodExitStartsProtocol {

	private final ExitService exits;

	GoodExitStartsProtocol(ExitService exits) {
		this.exits = exits;
	}

	@ApplicationModuleListener
	void on(TourEndedInGoodExit event) {
		this.exits.startFromGoodExit(event.tourId(), event.talentId());
	}

}
