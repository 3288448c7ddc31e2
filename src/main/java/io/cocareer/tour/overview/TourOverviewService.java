package io.cocareer.tour.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourSummary;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.OverdueWorkItem;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.tracking.AtRiskTour;
import io.cocareer.tour.tracking.CheckInService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent lead's view over every tour: how many are where, which end soon with no next-tour
 * conversation, which are at risk, and which obstacles and resource requests are overdue.
 */
@Service
@Transactional(readOnly = true)
public class TourOverviewService {

	private final TourRepository tours;

	private final TourService tourService;

	private final CheckInService checkIns;

	private final TourWorkService work;

	private final Clock clock;

	private final int endingWithinDays;

	TourOverviewService(TourRepository tours, TourService tourService, CheckInService checkIns, TourWorkService work,
			Clock clock,
			@Value("${cocareer.tour.overview.ending-within-days:90}") int endingWithinDays) {
		this.tours = tours;
		this.tourService = tourService;
		this.checkIns = checkIns;
		this.work = work;
		this.clock = clock;
		this.endingWithinDays = endingWithinDays;
	}

	/** What the overview shows. */
	public record TourOverview(Map<TourState, Long> byState, long total, int endingWithinDays,
			List<TourSummary> endingWithoutNextConversation, List<AtRiskTour> atRisk,
			List<OverdueWorkItem> overdueItems) {

	}

	public TourOverview overview(Actor actor) {
		if (!this.tourService.maySeeOverview(actor)) {
			throw new PermissionDenied("tour.denied.overview", "Only the talent lead sees the overview of all tours");
		}
		Map<TourState, Long> byState = new EnumMap<>(TourState.class);
		for (TourState state : TourState.values()) {
			byState.put(state, 0L);
		}
		for (Object[] row : this.tours.countByState()) {
			byState.put((TourState) row[0], ((Number) row[1]).longValue());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate horizon = today.plusDays(this.endingWithinDays);
		// a next-tour conversation not scheduled, or scheduled for a day already gone with no closing review begun
		List<Tour> ending = this.tours.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.ACTIVE))
			.stream()
			.filter((tour) -> !tour.endOn().isAfter(horizon))
			.filter((tour) -> tour.nextConversationOn() == null || tour.nextConversationOn().isBefore(today))
			.toList();
		long total = byState.values().stream().mapToLong(Long::longValue).sum();
		return new TourOverview(byState, total, this.endingWithinDays, this.tourService.summaries(ending),
				this.checkIns.atRiskTours(actor), this.work.overdueItems(actor));
	}

}
