package io.cocareer.tour;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.tour.internal.CheckIn;
import io.cocareer.tour.internal.CheckInRepository;
import io.cocareer.tour.internal.CheckInSchedule;
import io.cocareer.tour.internal.CoachingSession;
import io.cocareer.tour.internal.CoachingSessionRepository;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.internal.TrackingReminders;
import io.cocareer.tour.internal.Win;
import io.cocareer.tour.internal.WinRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 8 of a tour: check-ins on the tour's cadence, coaching, the calendar, and wins. Rules, for
 * the UI and the API alike:
 * <ul>
 * <li>the talent, the manager and the talent lead see the check-ins and coaching of a tour; only an
 * active tour takes check-ins; the talent and the manager each write their own note;</li>
 * <li>the talent asks for coaching; the manager or the talent lead chooses the coach (the manager
 * unless someone else is named) and the date. A coach from outside the tour sees the session
 * only, never the tour;</li>
 * <li>a win written by the talent is published to the audience they choose; one written by the
 * manager is a draft until the talent publishes it. Organisation-wide wins are seen by all staff
 * in the feed; sponsor-only wins by the work package's sponsor and the people of the tour. The
 * sponsor sees nothing else of the tour, and may endorse a win once.</li>
 * </ul>
 */
@Service
@Transactional
public class TourTrackingService {

	private static final Logger log = LoggerFactory.getLogger(TourTrackingService.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final Set<TourState> WINS_OPEN = EnumSet.of(TourState.ACTIVE, TourState.IN_CLOSING_REVIEW,
			TourState.COMPLETED);

	private final TourService tours;

	private final TourRepository tourRepository;

	private final CheckInRepository checkIns;

	private final CoachingSessionRepository sessions;

	private final WinRepository wins;

	private final TrackingReminders reminders;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final int endingNoticeDays;

	private final TourGuard guard;

	// public for the demo, which builds the services on the clock of its story
	public TourTrackingService(TourService tours, TourRepository tourRepository, CheckInRepository checkIns,
			CoachingSessionRepository sessions, WinRepository wins, TrackingReminders reminders, PeopleDirectory people,
			ApplicationEventPublisher events, TourNotices notices, Clock clock,
			@Value("${cocareer.tour.ending-notice-days:30}") int endingNoticeDays, TourGuard guard,
			TransactionTemplate transactions) {
		this.guard = guard;
		this.tours = tours;
		this.tourRepository = tourRepository;
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.wins = wins;
		this.reminders = reminders;
		this.people = people;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
		this.transactions = transactions;
		this.endingNoticeDays = Math.max(0, endingNoticeDays);
	}

	// ---- check-ins ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public CheckInsView checkIns(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		List<CheckIn> held = this.checkIns.findByTourIdOrderByHeldOnDesc(tourId);
		boolean running = tour.state() == TourState.ACTIVE;
		CheckInSchedule schedule = running ? schedule(tour, held, this.tours.today()) : null;
		List<CheckInView> views = held.stream().map((checkIn) -> view(checkIn, viewer, running)).toList();
		List<CoachingSessionView> coaching = sessionViews(actor,
				this.sessions.findByTourIdOrderByCreatedAtDesc(tourId));
		return new CheckInsView(tourId, tour.checkInCadenceDays(), running,
				(schedule != null) ? schedule.nextDue() : null, schedule != null && schedule.overdue(),
				(schedule != null) ? schedule.upcoming() : List.of(), running && viewer != Participation.TALENT_LEAD,
				running && viewer == Participation.TALENT, viewer.forOrganisation(), views, coaching);
	}

	/** Opens a check-in on an active tour, with the writer's note; the other side completes it. */
	public UUID checkIn(Actor actor, UUID tourId, CheckInRequest request) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Participation side = requireSide(actor, tour);
		requireRunning(tour);
		LocalDate today = this.tours.today();
		if (request.heldOn() != null && request.heldOn().isAfter(today)) {
			throw new InvalidInput("heldOn", "tour.checkIn.inFuture",
					"A check-in is recorded once it has been held: %s is in the future"
						.formatted(DAY.format(request.heldOn())),
					DAY.format(request.heldOn()));
		}
		if (request.heldOn() != null
				&& (request.heldOn().isBefore(tour.startOn()) || request.heldOn().isAfter(tour.endOn()))) {
			throw new InvalidInput("heldOn", "tour.checkIn.outsideTour", "Between %s and %s"
				.formatted(DAY.format(tour.startOn()), DAY.format(tour.endOn())), DAY.format(tour.startOn()),
					DAY.format(tour.endOn()));
		}
		List<CheckIn.Milestone> milestones = new ArrayList<>();
		if (request.milestones() != null) {
			request.milestones()
				.forEach((m) -> milestones.add((m != null) ? new CheckIn.Milestone(m.text(), m.done()) : null));
		}
		Instant now = this.clock.instant();
		CheckIn checkIn = CheckIn.open(tourId, request.heldOn(), request.progress(), request.status(), milestones,
				request.note(), side == Participation.TALENT, actor.displayName(), now);
		boolean taken = this.checkIns.findByTourIdOrderByHeldOnDesc(tourId)
			.stream()
			.anyMatch((other) -> other.heldOn().equals(checkIn.heldOn()));
		if (taken) {
			throw new InvalidInput("heldOn", "tour.checkIn.dayTaken", "There is already a check-in on this day");
		}
		try {
			this.checkIns.saveAndFlush(checkIn);
		}
		catch (DataIntegrityViolationException ex) {
			// the other side opened one for the same day a moment ago
			throw new InvalidInput("heldOn", "tour.checkIn.dayTaken", "There is already a check-in on this day");
		}
		this.events.publishEvent(AuditEvent.career("tour.checkIn.opened", "tour", tourId, AuditEvent.text(tour.title()),
				AuditEvent.text(checkIn.heldOn()), AuditEvent.text(checkIn.progress()),
				AuditEvent.term("audit.checkInStatus." + checkIn.status())));
		if (checkIn.status().needsAttention()) {
			this.notices.checkInOpened(tour, checkIn,
					name(this.people.summaries(Set.of(tour.talentId())), tour.talentId()));
		}
		return checkIn.id();
	}

	/** Writes the reader's own side of a check-in: completing it, or correcting their note. */
	public void writeNote(Actor actor, UUID tourId, UUID checkInId, String note, Long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId);
		CheckIn checkIn = this.checkIns.findById(checkInId)
			.filter((found) -> found.tourId().equals(tourId))
			.orElseThrow(() -> new CheckInNotFoundException(checkInId));
		Participation side = requireSide(actor, tour);
		requireRunning(tour);
		if (expectedVersion != null) {
			checkIn.requireVersion(expectedVersion);
		}
		checkIn.writeNote(note, side == Participation.TALENT, actor.displayName(), this.clock.instant());
		this.checkIns.flush();
		this.events.publishEvent(AuditEvent.career("tour.checkIn.noted", "tour", tourId, AuditEvent.text(tour.title()),
				AuditEvent.text(checkIn.heldOn())));
	}

	// ---- coaching ----------------------------------------------------------------------------

	/** The talent asks for coaching on a topic; the manager is told, and coaches unless they name someone else. */
	public UUID askForCoaching(Actor actor, UUID tourId, String topic, UUID checkInId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		if (this.guard.participation(actor, tour).orElseThrow() != Participation.TALENT) {
			throw new PermissionDenied("tour.coaching.denied.ask", "The talent asks for coaching");
		}
		requireRunning(tour);
		if (checkInId != null && this.checkIns.findById(checkInId)
			.filter((found) -> found.tourId().equals(tourId))
			.isEmpty()) {
			throw new InvalidInput("checkInId", "tour.checkIn.notFound", "No such check-in on this tour");
		}
		CoachingSession session = CoachingSession.request(tourId, checkInId, topic, tour.talentId(),
				tour.managerId(), this.clock.instant());
		this.sessions.save(session);
		this.events.publishEvent(AuditEvent.career("tour.coaching.requested", "tour", tourId,
				AuditEvent.text(tour.title()), AuditEvent.text(session.topic())));
		this.events.publishEvent(Notice.toPeople("tour.coachingRequested", Set.of(tour.managerId()),
				"notice.tour.coachingRequested", List.of(actor.displayName(), session.topic()),
				"/tours/" + tourId + "/check-ins", null));
		return session.id();
	}

	/** The sessions the reader coaches or asked for, newest first. */
	@Transactional(readOnly = true)
	public List<CoachingSessionView> myCoaching(Actor actor) {
		if (actor.personId() == null) {
			return List.of();
		}
		Map<UUID, CoachingSession> found = new java.util.LinkedHashMap<>();
		this.sessions.findByCoachIdOrderByCreatedAtDesc(actor.personId()).forEach((s) -> found.put(s.id(), s));
		this.tourRepository.findByTalentIdAndStateIn(actor.personId(), EnumSet.allOf(TourState.class))
			.forEach((tour) -> this.sessions.findByTourIdOrderByCreatedAtDesc(tour.id())
				.forEach((s) -> found.putIfAbsent(s.id(), s)));
		List<CoachingSession> sorted = new ArrayList<>(found.values());
		sorted.sort(Comparator.comparing(CoachingSession::createdAt).reversed());
		return sessionViews(actor, sorted);
	}

	@Transactional(readOnly = true)
	public CoachingSessionView coachingSession(Actor actor, UUID sessionId) {
		CoachingSession session = visibleSession(actor, sessionId);
		return sessionViews(actor, List.of(session)).get(0);
	}

	/**
	 * The manager or the talent lead sets the date and the coach: the person with that employee
	 * id, or the tour's manager when none is given.
	 */
	public void scheduleCoaching(Actor actor, UUID sessionId, String coachEmployeeId, LocalDateTime at,
			Long expectedVersion) {
		CoachingSession session = visibleSession(actor, sessionId);
		Tour tour = this.tourRepository.findById(session.tourId()).orElseThrow();
		Optional<Participation> viewer = this.guard.participation(actor, tour);
		if (viewer.isEmpty() || !viewer.get().forOrganisation()) {
			throw new PermissionDenied("tour.coaching.denied.schedule",
					"The manager or the talent lead schedules coaching");
		}
		if (expectedVersion != null) {
			session.requireVersion(expectedVersion);
		}
		UUID coachId = tour.managerId();
		if (coachEmployeeId != null && !coachEmployeeId.isBlank()) {
			PersonView coach = this.people.findByEmployeeId(coachEmployeeId.strip())
				.filter((person) -> person.status() != PersonStatus.LEFT)
				.orElseThrow(() -> new InvalidInput("coachEmployeeId", "tour.coaching.unknownCoach",
						"No one in the organisation has this employee id"));
			if (coach.id().equals(tour.talentId())) {
				throw new InvalidInput("coachEmployeeId", "tour.coaching.selfCoach",
						"The talent cannot coach themselves");
			}
			coachId = coach.id();
		}
		session.schedule(coachId, at, this.clock.instant());
		this.sessions.flush();
		String coachName = name(this.people.summaries(Set.of(coachId)), coachId);
		this.events.publishEvent(AuditEvent.career("tour.coaching.scheduled", "tour", tour.id(),
				AuditEvent.text(tour.title()), AuditEvent.text(session.topic()), AuditEvent.person(coachId),
				AuditEvent.text(at.toLocalDate())));
		this.events.publishEvent(Notice.toPeople("tour.coachingScheduled", Set.of(coachId, tour.talentId()),
				"notice.tour.coachingScheduled",
				List.of(session.topic(), coachName, at.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
						Locale.ENGLISH))),
				"/tours/coaching", null));
	}

	/** The coach, the manager or the talent lead records that the session took place. */
	public void completeCoaching(Actor actor, UUID sessionId, String notes, Long expectedVersion) {
		CoachingSession session = visibleSession(actor, sessionId);
		Tour tour = this.tourRepository.findById(session.tourId()).orElseThrow();
		boolean organisation = this.guard.participation(actor, tour).map(Participation::forOrganisation).orElse(false);
		if (!organisation && !actor.isPerson(session.coachId())) {
			throw new PermissionDenied("tour.coaching.denied.complete",
					"The coach, the manager or the talent lead marks coaching done");
		}
		if (expectedVersion != null) {
			session.requireVersion(expectedVersion);
		}
		session.markDone(notes, this.clock.instant());
		this.sessions.flush();
		this.events.publishEvent(AuditEvent.career("tour.coaching.done", "tour", tour.id(), AuditEvent.text(tour.title()),
				AuditEvent.text(session.topic())));
	}

	// ---- calendar ----------------------------------------------------------------------------

	/**
	 * The tour's upcoming check-ins (from the next due date to the end, on the cadence) and its
	 * scheduled coaching sessions, as an iCalendar file. UIDs are stable per tour and date, so a
	 * calendar that imports it again updates rather than duplicates.
	 * @param baseUrl the application's address, for the link to the tour page
	 */
	@Transactional(readOnly = true)
	public String calendar(Actor actor, UUID tourId, String baseUrl) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Calendar calendar = new Calendar().withProdId("-//CoCareer//Tours of duty//EN")
			.withDefaults()
			.getFluentTarget();
		URI tourPage = URI.create(baseUrl + "/tours/" + tourId + "/check-ins");
		if (tour.state() == TourState.ACTIVE) {
			CheckInSchedule schedule = schedule(tour, this.checkIns.findByTourIdOrderByHeldOnDesc(tourId),
					this.tours.today());
			for (LocalDate due : schedule.upcoming()) {
				VEvent event = new VEvent(due, "Check-in: " + tour.title());
				event.add(new Uid("checkin-" + tourId + "-" + due + "@cocareer"));
				event.add(new Url(tourPage));
				calendar.add(event);
			}
		}
		for (CoachingSession session : this.sessions.findByTourIdAndStatusIn(tourId,
				EnumSet.of(CoachingStatus.SCHEDULED))) {
			VEvent event = new VEvent(session.scheduledAt(), java.time.Duration.ofHours(1),
					"Coaching: " + session.topic());
			event.add(new Uid("coaching-" + session.id() + "@cocareer"));
			event.add(new Url(tourPage));
			calendar.add(event);
		}
		try {
			java.io.StringWriter out = new java.io.StringWriter();
			new CalendarOutputter(false).output(calendar, out);
			return out.toString();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- wins --------------------------------------------------------------------------------

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
						actor.personId(), actor.displayName(), now)
				: Win.proposedByManager(tourId, request.title(), request.story(), request.wonOn(), actor.personId(),
						actor.displayName(), now);
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
		if (!actor.isPerson(tour.talentId())) {
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
		if (sponsor.isEmpty() || !actor.isPerson(sponsor.get())) {
			throw new PermissionDenied("tour.win.denied.endorse", "Only the sponsor endorses a win");
		}
		win.endorse(actor.personId(), actor.displayName(), this.clock.instant());
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
		UUID me = (actor.personId() != null) ? actor.personId() : new UUID(0, 0);
		Page<Win> page = this.wins.feed(me, this.guard.isStaff(actor), actor.isTalentLead(),
				PageRequest.of(paging.page(), paging.size()));
		Map<UUID, Tour> byId = new HashMap<>();
		this.tourRepository.findAllById(page.getContent().stream().map(Win::tourId).distinct().toList())
			.forEach((tour) -> byId.put(tour.id(), tour));
		return new PageResult<>(winViews(actor, page.getContent(), byId), paging.page(), paging.size(),
				page.getTotalElements());
	}

	// ---- for the talent lead's overview and the daily job ------------------------------------

	/**
	 * The running tours that need the talent lead's attention: the latest check-in says at risk or
	 * off track, or a check-in is overdue. For the talent lead only.
	 */
	@Transactional(readOnly = true)
	public List<AtRiskTour> atRiskTours(Actor lead) {
		if (!lead.isTalentLead()) {
			throw new PermissionDenied("tour.denied.leadOnly", "For the talent lead");
		}
		LocalDate today = this.tours.today();
		List<Tour> running = this.tourRepository.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.ACTIVE));
		Map<UUID, List<CheckIn>> held = new HashMap<>();
		this.checkIns.findByTourIdInOrderByHeldOnDesc(running.stream().map(Tour::id).toList())
			.forEach((checkIn) -> held.computeIfAbsent(checkIn.tourId(), (k) -> new ArrayList<>()).add(checkIn));
		Set<UUID> talentIds = new HashSet<>();
		running.forEach((tour) -> talentIds.add(tour.talentId()));
		Map<UUID, PersonSummary> names = this.people.summaries(talentIds);
		List<AtRiskTour> result = new ArrayList<>();
		for (Tour tour : running) {
			List<CheckIn> ofTour = held.getOrDefault(tour.id(), List.of());
			CheckIn latest = ofTour.isEmpty() ? null : ofTour.get(0);
			CheckInSchedule schedule = schedule(tour, ofTour, today);
			if (schedule.overdue() || (latest != null && latest.status().needsAttention())) {
				result.add(new AtRiskTour(tour.id(), tour.title(), tour.talentId(), name(names, tour.talentId()),
						(latest != null) ? latest.status() : null, (latest != null) ? latest.heldOn() : null,
						schedule.overdue(), schedule.nextDue()));
			}
		}
		return result;
	}

	/**
	 * The daily reminders, idempotent: "check-in due" to talent and manager of each running tour
	 * whose next check-in is due by today (once per due date), and "tour ending" to talent,
	 * manager and talent lead once per tour when its end is near. Each tour is reminded in a
	 * transaction of its own: one that fails is left for the next run and costs the others nothing
	 * (called within a transaction, as by the demo seeder, it joins that one instead).
	 * @return how many notices were published
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int remindDueCheckIns(LocalDate today) {
		int published = 0;
		Instant now = this.clock.instant();
		for (Tour tour : this.tourRepository.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.ACTIVE))) {
			try {
				Integer sent = this.transactions.execute((status) -> remind(tour, today, now));
				published += (sent != null) ? sent : 0;
			}
			catch (RuntimeException ex) {
				log.error("The reminders of tour {} could not be sent; the next run tries again", tour.id(), ex);
			}
		}
		return published;
	}

	/** The reminders due for one tour, each marked sent and published together or not at all. */
	private int remind(Tour tour, LocalDate today, Instant now) {
		int published = 0;
		CheckInSchedule schedule = schedule(tour, this.checkIns.findByTourIdOrderByHeldOnDesc(tour.id()), today);
		// the latest due date reached without a check-in: one reminder per due date, however late
		Optional<LocalDate> due = schedule.upcoming().stream().filter((day) -> !day.isAfter(today)).reduce((a, b) -> b);
		if (due.isPresent() && this.reminders.markSent(tour.id(), "checkin-due", due.get(), now)) {
			this.events.publishEvent(Notice.toPeople("tour.checkInDue", Set.of(tour.talentId(), tour.managerId()),
					"notice.tour.checkInDue", List.of(tour.title(), DAY.format(due.get())),
					"/tours/" + tour.id() + "/check-ins", "checkin-due:" + tour.id() + ":" + due.get()));
			published++;
		}
		boolean ending = !tour.endOn().isBefore(today)
				&& !tour.endOn().isAfter(today.plusDays(this.endingNoticeDays));
		if (ending && this.reminders.markSent(tour.id(), "ending", tour.endOn(), now)) {
			this.events.publishEvent(new Notice("tour.ending", Set.of(tour.talentId(), tour.managerId()),
					Set.of(Role.TALENT_LEAD), "notice.tour.ending", List.of(tour.title(), DAY.format(tour.endOn())),
					"/tours/" + tour.id(), "tour-ending:" + tour.id()));
			published++;
		}
		return published;
	}

	// ---- internals ---------------------------------------------------------------------------

	private static CheckInSchedule schedule(Tour tour, List<CheckIn> held, LocalDate today) {
		return CheckInSchedule.of(tour.startOn(), tour.endOn(), tour.checkInCadenceDays(),
				held.stream().map(CheckIn::heldOn).toList(), today);
	}

	/** Talent and manager write check-ins; the talent lead reads them. */
	private Participation requireSide(Actor actor, Tour tour) {
		Participation side = this.guard.participation(actor, tour).orElseThrow();
		if (side == Participation.TALENT_LEAD) {
			throw new PermissionDenied("tour.checkIn.denied.lead", "The talent and the manager write check-ins");
		}
		return side;
	}

	private static void requireRunning(Tour tour) {
		if (tour.state() != TourState.ACTIVE) {
			throw new BusinessRuleViolation("tour.checkIn.notActive",
					"Only an active tour takes check-ins; this one is %s".formatted(tour.state().label()),
					tour.state().label());
		}
	}

	private CheckInView view(CheckIn checkIn, Participation viewer, boolean running) {
		return new CheckInView(checkIn.id(), checkIn.heldOn(), checkIn.progress(), checkIn.status(),
				checkIn.milestones().stream().map((m) -> new CheckInView.MilestoneView(m.text(), m.done())).toList(),
				checkIn.talentNote(), checkIn.talentNotedAt(), checkIn.managerNote(), checkIn.managerNotedBy(),
				checkIn.managerNotedAt(), checkIn.createdByName(), checkIn.createdAt(), checkIn.version(),
				checkIn.complete(), running && viewer != Participation.TALENT_LEAD);
	}

	/** The session if the reader takes part in its tour or coaches it; a 404 for anyone else. */
	private CoachingSession visibleSession(Actor actor, UUID sessionId) {
		CoachingSession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new CoachingSessionNotFoundException(sessionId));
		if (actor.isPerson(session.coachId())) {
			return session;
		}
		Tour tour = this.tourRepository.findById(session.tourId()).orElseThrow();
		if (this.guard.participation(actor, tour).isEmpty()) {
			throw new CoachingSessionNotFoundException(sessionId);
		}
		return session;
	}

	private List<CoachingSessionView> sessionViews(Actor actor, List<CoachingSession> found) {
		Set<UUID> ids = new HashSet<>();
		Map<UUID, Tour> byId = new HashMap<>();
		for (CoachingSession session : found) {
			ids.add(session.coachId());
			ids.add(session.requestedBy());
			byId.computeIfAbsent(session.tourId(), (id) -> this.tourRepository.findById(id).orElseThrow());
		}
		byId.values().forEach((tour) -> ids.add(tour.talentId()));
		Map<UUID, PersonSummary> names = this.people.summaries(ids);
		List<CoachingSessionView> views = new ArrayList<>();
		for (CoachingSession session : found) {
			Tour tour = byId.get(session.tourId());
			Optional<Participation> viewer = this.guard.participation(actor, tour);
			boolean organisation = viewer.map(Participation::forOrganisation).orElse(false);
			boolean open = session.status() != CoachingStatus.DONE;
			views.add(new CoachingSessionView(session.id(), viewer.isPresent() ? tour.id() : null,
					viewer.isPresent() ? tour.title() : null, name(names, tour.talentId()), session.topic(),
					name(names, session.requestedBy()), session.coachId(), name(names, session.coachId()),
					session.scheduledAt(), session.status(), session.notes(), session.version(),
					organisation && open && tour.state() == TourState.ACTIVE,
					session.status() == CoachingStatus.SCHEDULED
							&& (organisation || actor.isPerson(session.coachId()))));
		}
		return views;
	}

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
		return this.tours.sponsorOf(tour).map(actor::isPerson).orElse(false);
	}

	private List<WinView> winViews(Actor actor, List<Win> found, Map<UUID, Tour> byId) {
		Set<UUID> ids = new HashSet<>();
		byId.values().forEach((tour) -> ids.add(tour.talentId()));
		Map<UUID, PersonSummary> names = this.people.summaries(ids);
		Map<UUID, Optional<UUID>> sponsors = new HashMap<>();
		List<WinView> views = new ArrayList<>();
		for (Win win : found) {
			Tour tour = byId.get(win.tourId());
			boolean participant = this.guard.participation(actor, tour).isPresent();
			Optional<UUID> sponsor = sponsors.computeIfAbsent(tour.id(), (id) -> this.tours.sponsorOf(tour));
			boolean isSponsor = sponsor.map(actor::isPerson).orElse(false);
			views.add(new WinView(win.id(), participant ? tour.id() : null, tour.title(), name(names, tour.talentId()),
					win.title(), win.story(), win.wonOn(), win.audience(), win.state(), win.authorName(),
					win.publishedAt(), win.endorsedByName(), win.endorsedAt(), win.version(),
					win.state() == WinState.DRAFT && actor.isPerson(tour.talentId()),
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

	private static String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : "?";
	}

}
