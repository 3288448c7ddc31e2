package io.cocareer.tour;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only: moves a tour straight to ACTIVE through the entity, in one transaction. It BYPASSES
 * THE AGREEMENT AND ITS SIGNATURES (built elsewhere), so tests of what happens while a tour runs
 * need not sign one. The moves are still recorded in the tour's history.
 */
final class TourActivation {

	private static final Actor SYSTEM = new Actor(UUID.randomUUID(), "test", null, "Test setup",
			Set.of(Role.TALENT_LEAD));

	private TourActivation() {
	}

	static void activate(PlatformTransactionManager transactions, TourRepository tours, TourService service,
			UUID tourId) {
		new TransactionTemplate(transactions).executeWithoutResult((status) -> {
			Tour tour = tours.findById(tourId).orElseThrow();
			Instant now = Instant.now();
			if (tour.state() == TourState.DRAFT) {
				service.recordMove(tour, tour.startConversation(now), null, SYSTEM);
			}
			if (tour.state() == TourState.IN_CONVERSATION) {
				service.recordMove(tour, tour.awaitSignatures(now), null, SYSTEM);
			}
			service.recordMove(tour, tour.activate(now), "test setup, without signatures", SYSTEM);
		});
	}

}
