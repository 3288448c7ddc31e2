package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.support.ApiClient;
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

	/**
	 * The manager proposes a tour for Tara WITHOUT a work package (in a fresh window, at 40 %), and
	 * it is activated: no open package is left behind to crowd the catalogue and the matches of
	 * other tests.
	 */
	static UUID activeTourForTara(int port, PlatformTransactionManager transactions, TourRepository tours,
			TourService service) {
		LocalDate start = TourFixtures.freshWindow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", TourFixtures.personOf(port, "talent").toString());
		body.put("title", "Running tour " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("startOn", start.toString());
		body.put("endOn", start.plusMonths(6).toString());
		body.put("timeShare", 40);
		ApiClient.Response created = ApiClient.as(port, "manager", "demo").post("/api/v1/tours", TourFixtures.json(body));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not propose a tour: " + created.body());
		}
		UUID id = UUID.fromString(created.json().path("id").asString());
		activate(transactions, tours, service, id);
		return id;
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
