package io.cocareer.toolbox.overview.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.HireCounts;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourSummary;
import io.cocareer.toolbox.overview.TrendKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read model once from the other modules' published APIs, for the facts of the last 12
 * months that happened before it listened (an installation that had tours and people before the
 * overview came): tours from the talent lead's list of tours (started on their start date, a
 * completed one on its end date, unless its event said otherwise), hires, rehires and leavings per
 * month from the people directory's counts, less what events recorded already. Exit protocols have
 * no such count: their trend starts with the events. In one transaction with its marker, so it
 * happens once, whole.
 */
@Component
public class TrendBackfill {

	private static final Logger log = LoggerFactory.getLogger(TrendBackfill.class);

	private static final Set<TourState> STARTED = EnumSet.of(TourState.ACTIVE, TourState.IN_CLOSING_REVIEW,
			TourState.COMPLETED);

	private final TrendFacts facts;

	private final TourService tours;

	private final PeopleDirectory people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TrendBackfill(TrendFacts facts, TourService tours, PeopleDirectory people, TransactionTemplate transactions,
			Clock clock) {
		this.facts = facts;
		this.tours = tours;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Fills the read model unless it was filled before; the talent lead's list of tours is read as
	 * {@code lead}. Whether it filled it now.
	 */
	public boolean fillOnce(Actor lead) {
		if (this.facts.backfilled()) {
			return false;
		}
		Boolean filled = this.transactions.execute((status) -> {
			if (!this.facts.markBackfilled()) {
				return false;
			}
			fill(lead);
			return true;
		});
		return Boolean.TRUE.equals(filled);
	}

	private void fill(Actor lead) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = TrendCalculator.since(today);
		int tours = 0;
		for (TourSummary tour : this.tours.visibleTours(lead, null)) {
			String subject = "tour:" + tour.id();
			if (STARTED.contains(tour.state()) && tour.startOn() != null && !tour.startOn().isBefore(since)
					&& !tour.startOn().isAfter(today)) {
				tours += this.facts.record(TrendKind.TOUR_STARTED, subject, tour.startOn(), 1) ? 1 : 0;
			}
			if (tour.state() == TourState.COMPLETED && tour.endOn() != null) {
				LocalDate on = tour.endOn().isAfter(today) ? today : tour.endOn();
				if (!on.isBefore(since)) {
					tours += this.facts.record(TrendKind.TOUR_COMPLETED, subject, on, 1) ? 1 : 0;
				}
			}
		}
		long people = 0;
		for (YearMonth month : TrendCalculator.months(today)) {
			LocalDate from = month.atDay(1);
			LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
			HireCounts hires = this.people.hiresBetween(from, to);
			people += topUp(TrendKind.HIRE, month, from, to, hires.hires() - hires.rehires());
			people += topUp(TrendKind.REHIRE, month, from, to, hires.rehires());
			people += topUp(TrendKind.LEAVING, month, from, to, this.people.leavingsBetween(from, to));
		}
		log.info("Programme overview: read model filled from the APIs ({} tour facts, {} people over 12 months)", tours,
				people);
	}

	/** Adds what the API counts in the month beyond what events recorded already. */
	private long topUp(TrendKind kind, YearMonth month, LocalDate from, LocalDate to, long counted) {
		long missing = counted - this.facts.count(kind, from, to);
		if (missing <= 0) {
			return 0;
		}
		this.facts.record(kind, "backfill:" + month, from, (int) missing);
		return missing;
	}

}
