package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test only: makes a tour ACTIVE without its agreement. It BYPASSES THE AGREEMENT AND ITS
 * SIGNATURES: the tour entity is moved through conversation and awaiting signatures to active
 * directly, in one transaction, with each move recorded by {@link TourService#recordMove}. Tests
 * of what happens while a tour runs (check-ins, wins, resources, closing review) need not sign one;
 * the signing itself is tested by the agreement tests and the browser journey.
 */
public final class TourActivation {

	private static final Actor SYSTEM = new Actor(AccountId.of(UUID.randomUUID()), "test", null, "Test setup",
			Set.of(Role.TALENT_LEAD));

	private TourActivation() {
	}

	public static void activate(TransactionTemplate transactions, TourRepository tours, TourService service, Actor actor,
			UUID tourId) {
		transactions.executeWithoutResult((status) -> moveToActive(tours, service, actor, tourId));
	}

	public static void activate(PlatformTransactionManager transactions, TourRepository tours, TourService service,
			UUID tourId) {
		new TransactionTemplate(transactions)
			.executeWithoutResult((status) -> moveToActive(tours, service, SYSTEM, tourId));
	}

	/**
	 * The team's manager proposes a tour for the team's talent WITHOUT a work package, over six
	 * months from {@link TourFixtures#PAST_START} at 40 %, and it is activated: a running tour has
	 * started, and its check-ins are dated on days that have come.
	 */
	public static UUID activeTour(TourTeam team, PlatformTransactionManager transactions, TourRepository tours,
			TourService service) {
		return activeTour(team, transactions, tours, service, TourFixtures.PAST_START);
	}

	/** As above, over the six months from this start (a future one: a tour still running for months). */
	public static UUID activeTour(TourTeam team, PlatformTransactionManager transactions, TourRepository tours,
			TourService service, LocalDate start) {
		UUID id = TourFixtures.proposeTour(team, start, start.plusMonths(6));
		activate(transactions, tours, service, id);
		return id;
	}

	public static Actor actorOf(AccountService accounts, String username) {
		AccountView account = accounts.findByUsername(username).orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()), account.displayName(),
				account.roles());
	}

	private static void moveToActive(TourRepository tours, TourService service, Actor actor, UUID tourId) {
		Tour tour = tours.findById(tourId).orElseThrow();
		Instant now = Instant.now();
		if (tour.state() == TourState.DRAFT) {
			service.recordMove(tour, tour.startConversation(now), null, actor);
		}
		if (tour.state() == TourState.IN_CONVERSATION) {
			service.recordMove(tour, tour.awaitSignatures(now), null, actor);
		}
		service.recordMove(tour, tour.activate(now), "test setup, without signatures", actor);
	}

}
