package io.cocareer.tour.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.internal.Win;
import io.cocareer.tour.tracking.internal.WinRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wins of a tour. Rules, for the UI and the API alike: a win written by the talent is
 * published to the audience they choose; one written by the manager is a draft until the talent
 * publishes it. Organisation-wide wins are seen by all staff in the feed; sponsor-only wins by the
 * work package's sponsor and the people of the tour. The sponsor sees nothing else of the tour,
 * and may endorse a win once.
 */
@Service
@Transactional
public class WinService {

	private static final Set<TourState> WINS_OPEN = EnumSet.of(TourState.ACTIVE, TourState.IN_CLOSING_REVIEW,
			TourState.COMPLETED);

	private final TourService tours;

	private final TourRepository tourRepository;

	private final WinRepository wins;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TourGuard guard;

	WinService(TourService tours, TourRepository tourRepository, WinRepository wins, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock, TourGuard guard) {
		this.tours = tours;
		this.tourRepository = tourRepository;
		this.wins = wins;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.guard = guard;
	}

	/**
	 * This service once more, on another clock and publisher and beside the given tour service:
	 * for the demo, which plays each step of its story at its own moment.
	 */
	public WinService on(TourService tourService, Clock clock, ApplicationEventPublisher events) {
		return new WinService(tourService, this.tourRepository, this.wins, this.people, events, clock, this.guard);
	}

	/** Every win of the tour, drafts included, for the people of the tour; newest first. */
	@Transactional(readOnly = true)
	public List<WinView> tourWins(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		return winViews(actor, this.wins.findByTourIdOrderByWonOnDescCreatedAtDesc(tourId), Map.of(tourId, tour));
	}

	/** The wins of these tours the reader may see, newest first, by tour (for homes and profiles). */
	@Transactional(readOnly = true)
	public Map<UUID, List<WinView>> winsOf(Actor actor, List<Tour> tours) {
		Map<UUID, Tour> byId = new HashMap<>();
		tours.forEach((tour) -> byId.put(tour.id(), tour));
		List<Win> visible = this.wins.findByTourIdInOrderByWonOnDescCreatedAtDesc(byId.keySet())
			.stream()
			.filter((win) -> maySee(actor, win, byId.get(win.tourId())))
			.toList();
		List<WinView> views = winViews(actor, visible, byId);
		Map<UUID, List<WinView>> result = new HashMap<>();
		for (int i = 0; i < views.size(); i++) {
			result.computeIfAbsent(visible.get(i).tourId(), (id) -> new ArrayList<>()).add(views.get(i));
		}
		return result;
	}

	/** Whether the reader may write a win on the tour: its talent or manager, once it runs. */
	@Transactional(readOnly = true)
	public boolean mayWriteWin(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		return this.guard.participation(actor, tour).orElseThrow() != Participation.TALENT_LEAD
				&& WINS_OPEN.contains(tour.state());
	}

	/**
	 * The talent publishes a win to the audience they choose; the manager proposes one, which
	 * stays a draft until the talent publishes it.
	 */
	public UUID writeWin(Actor actor, UUID tourId, WinRequest request) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Participation side = this.guard.participation(actor, tour).orElseThrow();
		if (side == Participation.TALENT_LEAD) {
			throw new PermissionDenied("tour.win.denied.write", "The talent or the manager writes a win");
		}
		if (!WINS_OPEN.contains(tour.state())) {
			throw new BusinessRuleViolation("tour.win.notRunning", "Wins are written once the tour runs");
		}
		Instant now = this.clock.instant();
		Win win = (side == Participation.TALENT)
				? Win.publishedByTalent(tourId, request.title(), request.story(), request.wonOn(), request.audience(),
						PersonId.valueOf(actor.personId()), now)
				: Win.proposedByManager(tourId, request.title(), request.story(), request.wonOn(), PersonId.valueOf(actor.personId()), now);
		this.wins.save(win);
		this.events.publishEvent(AuditEvent.career("tour.win.written", "tour", tourId, AuditEvent.text(tour.title()),
				AuditEvent.text(win.title()), AuditEvent.term("audit.winState." + win.state())));
		if (win.state() == WinState.PUBLISHED) {
			announce(tour, win);
		}
		else {
			this.events.publishEvent(Notice.toPeople("tour.winProposed", Set.of(tour.talentId()),
					"notice.tour.winProposed", List.of(actor.displayName(), win.title()),
					"/tours/" + tourId + "/wins", null));
		}
		return win.id();
	}

	/** The talent publishes a win the manager proposed, to the audience they choose. */
	public void publishWin(Actor actor, UUID winId, WinAudience audience, Long expectedVersion) {
		Win win = this.wins.findById(winId).orElseThrow(() -> new WinNotFoundException(winId));
		Tour tour = this.tourRepository.findById(win.tourId()).orElseThrow();
		if (!maySee(actor, win, tour)) {
			throw new WinNotFoundException(winId);
		}
		if (!actor.isPerson(PersonId.ofNullable(tour.talentId()))) {
			throw new PermissionDenied("tour.win.denied.publish", "The talent chooses who sees a win");
		}
		if (expectedVersion != null) {
			win.requireVersion(expectedVersion);
		}
		win.publish(audience, this.clock.instant());
		this.wins.flush();
		this.events.publishEvent(AuditEvent.career("tour.win.published", "tour", tour.id(),
				AuditEvent.text(tour.title()), AuditEvent.text(win.title()),
				AuditEvent.term("audit.winAudience." + win.audience())));
		announce(tour, win);
	}

	/** The work package's sponsor endorses a published win, once. */
	public void endorseWin(Actor actor, UUID winId) {
		Win win = this.wins.findById(winId).orElseThrow(() -> new WinNotFoundException(winId));
		Tour tour = this.tourRepository.findById(win.tourId()).orElseThrow();
		if (!maySee(actor, win, tour)) {
			throw new WinNotFoundException(winId);
		}
		Optional<UUID> sponsor = this.tours.sponsorOf(tour);
		if (sponsor.isEmpty() || !actor.isPerson(PersonId.ofNullable(sponsor.get()))) {
			throw new PermissionDenied("tour.win.denied.endorse", "Only the sponsor endorses a win");
		}
		win.endorse(PersonId.valueOf(actor.personId()), this.clock.instant());
		this.wins.flush();
		this.events.publishEvent(AuditEvent.career("tour.win.endorsed", "tour", tour.id(), AuditEvent.text(tour.title()),
				AuditEvent.text(win.title())));
		this.events.publishEvent(Notice.toPeople("tour.winEndorsed", Set.of(tour.talentId(), tour.managerId()),
				"notice.tour.winEndorsed", List.of(actor.displayName(), win.title()), "/tours/wins", null));
	}

	@Transactional(readOnly = true)
	public WinView win(Actor actor, UUID winId) {
		Win win = this.wins.findById(winId).orElseThrow(() -> new WinNotFoundException(winId));
		Tour tour = this.tourRepository.findById(win.tourId()).orElseThrow();
		if (!maySee(actor, win, tour)) {
			throw new WinNotFoundException(winId);
		}
		return winViews(actor, List.of(win), Map.of(tour.id(), tour)).get(0);
	}

	/** The published wins the reader may see, newest first. */
	@Transactional(readOnly = true)
	public PageResult<WinView> feed(Actor actor, Paging paging) {
		UUID me = (actor.personId() != null) ? actor.personId().value() : new UUID(0, 0);
		Page<Win> page = this.wins.feed(me, this.guard.isStaff(actor), actor.isTalentLead(),
				PageRequest.of(paging.page(), paging.size()));
		Map<UUID, Tour> byId = new HashMap<>();
		this.tourRepository.findAllById(page.getContent().stream().map(Win::tourId).distinct().toList())
			.forEach((tour) -> byId.put(tour.id(), tour));
		return new PageResult<>(winViews(actor, page.getContent(), byId), paging.page(), paging.size(),
				page.getTotalElements());
	}

	// ---- internals ---------------------------------------------------------------------------

	/** Drafts: the people of the tour. Published: they, the sponsor, and all staff if organisation-wide. */
	private boolean maySee(Actor actor, Win win, Tour tour) {
		if (this.guard.participation(actor, tour).isPresent()) {
			return true;
		}
		if (win.state() != WinState.PUBLISHED) {
			return false;
		}
		if (win.audience() == WinAudience.ORGANISATION && this.guard.isStaff(actor)) {
			return true;
		}
		return this.tours.sponsorOf(tour).map(PersonId::of).map(actor::isPerson).orElse(false);
	}

	private List<WinView> winViews(Actor actor, List<Win> found, Map<UUID, Tour> byId) {
		Set<UUID> ids = new HashSet<>();
		byId.values().forEach((tour) -> ids.add(tour.talentId()));
		// the talents, and who wrote and endorsed the wins: one statement
		found.forEach((win) -> {
			ids.add(win.authorId());
			ids.add(win.endorsedBy());
		});
		ids.remove(null);
		Map<UUID, PersonSummary> names = this.people.summaries(ids);
		PersonNames people = this.people.namesOf(names);
		Map<UUID, Optional<UUID>> sponsors = new HashMap<>();
		List<WinView> views = new ArrayList<>();
		for (Win win : found) {
			Tour tour = byId.get(win.tourId());
			boolean participant = this.guard.participation(actor, tour).isPresent();
			Optional<UUID> sponsor = sponsors.computeIfAbsent(tour.id(), (id) -> this.tours.sponsorOf(tour));
			boolean isSponsor = sponsor.map(PersonId::of).map(actor::isPerson).orElse(false);
			views.add(new WinView(win.id(), participant ? tour.id() : null, tour.title(),
					Tracking.name(names, tour.talentId()), win.title(), win.story(), win.wonOn(), win.audience(),
					win.state(), people.of(win.authorId(), null), win.publishedAt(), people.of(win.endorsedBy(), null),
					win.endorsedAt(),
					win.version(), win.state() == WinState.DRAFT && actor.isPerson(PersonId.ofNullable(tour.talentId())),
					isSponsor && win.state() == WinState.PUBLISHED && win.endorsedBy() == null));
		}
		return views;
	}

	/** Tells the sponsor of a win shared with them. */
	private void announce(Tour tour, Win win) {
		if (win.audience() == WinAudience.SPONSOR) {
			this.tours.sponsorOf(tour)
				.ifPresent((sponsor) -> this.events.publishEvent(Notice.toPeople("tour.winShared", Set.of(sponsor),
						"notice.tour.winShared", List.of(win.title()), "/tours/wins", null)));
		}
	}

}
