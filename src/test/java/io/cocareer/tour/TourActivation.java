package io.cocareer.tour;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.shared.Actor;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test only: makes a tour ACTIVE without its agreement. It BYPASSES SIGNING: the tour entity is
 * moved through conversation and awaiting signatures to active directly, in one transaction,
 * with each move recorded by {@link TourService#recordMove} as the agreement would. Tests of
 * check-ins, coaching and wins need a running tour, and the agreement is built elsewhere.
 */
final class TourActivation {

	private TourActivation() {
	}

	static void activate(TransactionTemplate transactions, TourRepository tours, TourService service, Actor actor,
			UUID tourId) {
		transactions.executeWithoutResult((status) -> {
			Tour tour = tours.findById(tourId).orElseThrow();
			if (tour.state() == TourState.DRAFT) {
				service.recordMove(tour, tour.startConversation(Instant.now()), null, actor);
			}
			service.recordMove(tour, tour.awaitSignatures(Instant.now()), null, actor);
			service.recordMove(tour, tour.activate(Instant.now()), null, actor);
		});
	}

	static Actor actorOf(AccountService accounts, String username) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		return new Actor(account.id(), account.username(), account.personId(), account.displayName(),
				account.roles());
	}

}
