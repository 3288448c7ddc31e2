package io.cocareer.tour.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.Days;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.internal.CheckIn;
import io.cocareer.tour.tracking.internal.CheckInRepository;
import io.cocareer.tour.tracking.internal.CheckInSchedule;
import io.cocareer.tour.tracking.internal.TrackingReminders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Step 8 of a tour: check-ins on the tour's cadence, and the daily reminders. Rules, for the UI and
 * the API alike:
 * <ul>
 * <li>the talent, the manager and the talent lead see the check-ins and coaching of a tour; only an
 * active tour takes check-ins; the talent and the manager each write their own note;</li>
 * <li>a check-in at risk or off track is told to the talent lead, once per check-in;</li>
 * <li>the talent lead sees the running tours at risk: the latest check-in says so, or one is
 * overdue;</li>
 * <li>every morning talent and manager are reminded of a check-in due, and told with the talent
 * lead of a tour ending soon, each once.</li>
 * </ul>
 */
@Service
@Transactional
public class CheckInService {

	private static final Logger log = LoggerFactory.getLogger(CheckInService.class);

	private final TourService tours;

	private final TourRepository tourRepository;

	private final CheckInRepository checkIns;

	private final CoachingService coaching;

	private final TrackingReminders reminders;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final int endingNoticeDays;

	private final TourGuard guard;

	CheckInService(TourService tours, TourRepository tourRepository, CheckInRepository checkIns,
			CoachingService coaching, TrackingReminders reminders, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock,
			@Value("${cocareer.tour.ending-notice-days:30}") int endingNoticeDays, TourGuard guard,
			TransactionTemplate transactions) {
		this.guard = guard;
		this.tours = tours;
		this.tourRepository = tourRepository;
		this.checkIns = checkIns;
		this.coaching = coaching;
		this.reminders = reminders;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
		this.endingNoticeDays = Math.max(0, endingNoticeDays);
	}

	/**
	 * This service once more, on another clock and publisher and beside the given tour service:
	 * for the demo, which plays each step of its story at its own moment.
	 */
	public CheckInService on(TourService tourService, Clock clock, ApplicationEventPublisher events) {
		return new CheckInService(tourService, this.tourRepository, this.checkIns, this.coaching, this.reminders,
				this.people, events, clock, this.endingNoticeDays, this.guard, this.transactions);
	}

	// ---- check-ins ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public CheckInsView checkIns(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		List<CheckIn> held = this.checkIns.findByTourIdOrderByHeldOnDesc(tourId);
		boolean running = tour.state() == TourState.ACTIVE;
		CheckInSchedule schedule = running ? Tracking.schedule(tour, held, this.tours.today()) : null;
		List<UUID> writers = new ArrayList<>();
		held.forEach((checkIn) -> {
			writers.add(checkIn.createdByPersonId());
			writers.add(checkIn.managerNotedByPersonId());
		});
		PersonNames names = this.people.names(writers);
		List<CheckInView> views = held.stream().map((checkIn) -> view(checkIn, viewer, running, names)).toList();
		List<CoachingSessionView> coaching = this.coaching.ofTour(actor, tourId);
		return new CheckInsView(tourId, tour.checkInCadenceDays(), running,
				(schedule != null) ? schedule.nextDue() : null, schedule != null && schedule.overdue(),
				(schedule != null) ? schedule.upcoming() : List.of(), running && viewer != Participation.TALENT_LEAD,
				running && viewer == Participation.TALENT, viewer.forOrganisation(), views, coaching);
	}

	/** Opens a check-in on an active tour, with the writer's note; the other side completes it. */
	public UUID checkIn(Actor actor, TourId tourId, CheckInRequest request) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		Participation side = requireSide(actor, tour);
		Tracking.requireRunning(tour);
		LocalDate today = this.tours.today();
		if (request.heldOn() != null && request.heldOn().isAfter(today)) {
			throw new InvalidInput("heldOn", "tour.checkIn.inFuture",
					"A check-in is recorded once it has been held: %s is in the future"
						.formatted(Days.format(request.heldOn())),
					Days.format(request.heldOn()));
		}
		if (request.heldOn() != null
				&& (request.heldOn().isBefore(tour.startOn()) || request.heldOn().isAfter(tour.endOn()))) {
			throw new InvalidInput("heldOn", "tour.checkIn.outsideTour", "Between %s and %s"
				.formatted(Days.format(tour.startOn()), Days.format(tour.endOn())), Days.format(tour.startOn()),
					Days.format(tour.endOn()));
		}
		List<CheckIn.Milestone> milestones = new ArrayList<>();
		if (request.milestones() != null) {
			request.milestones()
				.forEach((m) -> milestones.add((m != null) ? new CheckIn.Milestone(m.text(), m.done()) : null));
		}
		Instant now = this.clock.instant();
		CheckIn checkIn = CheckIn.open(tourId.value(), request.heldOn(), request.progress(), request.status(), milestones,
				request.note(), side == Participation.TALENT, ActedBy.of(actor), now);
		boolean taken = this.checkIns.findByTourIdOrderByHeldOnDesc(tourId.value())
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
		this.events.publishEvent(AuditEvent.career("tour.checkIn.opened", "tour", tourId.value(), AuditEvent.text(tour.title()),
				AuditEvent.text(checkIn.heldOn()), AuditEvent.text(checkIn.progress()),
				AuditEvent.term("audit.checkInStatus." + checkIn.status())));
		if (checkIn.status().needsAttention()) {
			atRisk(tour, checkIn,
					Tracking.name(this.people.summaries(Set.of(tour.talentId())), tour.talentId()));
		}
		return checkIn.id();
	}

	/** Writes the reader's own side of a check-in: completing it, or correcting their note. */
	public void writeNote(Actor actor, TourId tourId, UUID checkInId, String note, Long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		CheckIn checkIn = this.checkIns.findById(checkInId)
			.filter((found) -> found.tourId().equals(tourId.value()))
			.orElseThrow(() -> new CheckInNotFoundException(checkInId));
		Participation side = requireSide(actor, tour);
		Tracking.requireRunning(tour);
		if (expectedVersion != null) {
			checkIn.requireVersion(expectedVersion);
		}
		checkIn.writeNote(note, side == Participation.TALENT, ActedBy.of(actor), this.clock.instant());
		this.checkIns.flush();
		this.events.publishEvent(AuditEvent.career("tour.checkIn.noted", "tour", tourId.value(), AuditEvent.text(tour.title()),
				AuditEvent.text(checkIn.heldOn())));
	}

	// ---- for the homes, the talent lead's overview and the daily job -------------------------

	/**
	 * The running tours among these whose next check-in falls due on or before the day, with that
	 * due date: for the homes, which chose the tours their reader runs.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> checkInsDueBy(Collection<Tour> running, LocalDate today, LocalDate by) {
		if (running.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<LocalDate>> held = new HashMap<>();
		this.checkIns.findByTourIdInOrderByHeldOnDesc(running.stream().map(Tour::id).toList())
			.forEach((checkIn) -> held.computeIfAbsent(checkIn.tourId(), (id) -> new ArrayList<>()).add(checkIn.heldOn()));
		Map<UUID, LocalDate> due = new HashMap<>();
		for (Tour tour : running) {
			CheckInSchedule schedule = CheckInSchedule.of(tour.startOn(), tour.endOn(), tour.checkInCadenceDays(),
					held.getOrDefault(tour.id(), List.of()), today);
			if (schedule.dueBy(by)) {
				due.put(tour.id(), schedule.nextDue());
			}
		}
		return due;
	}

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
			CheckInSchedule schedule = Tracking.schedule(tour, ofTour, today);
			if (schedule.overdue() || (latest != null && latest.status().needsAttention())) {
				result.add(new AtRiskTour(TourId.of(tour.id()), tour.title(), tour.talentId(),
						Tracking.name(names, tour.talentId()), (latest != null) ? latest.status() : null,
						(latest != null) ? latest.heldOn() : null, schedule.overdue(), schedule.nextDue()));
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
		CheckInSchedule schedule = Tracking.schedule(tour, this.checkIns.findByTourIdOrderByHeldOnDesc(tour.id()),
				today);
		// the latest due date reached without a check-in: one reminder per due date, however late
		Optional<LocalDate> due = schedule.upcoming().stream().filter((day) -> !day.isAfter(today)).reduce((a, b) -> b);
		if (due.isPresent() && this.reminders.markSent(tour.id(), "checkin-due", due.get(), now)) {
			this.events.publishEvent(Notice.toPeople("tour.checkInDue", Set.of(tour.talentId(), tour.managerId()),
					"notice.tour.checkInDue", List.of(tour.title(), Days.format(due.get())),
					"/tours/" + tour.id() + "/check-ins", "checkin-due:" + tour.id() + ":" + due.get()));
			published++;
		}
		boolean ending = !tour.endOn().isBefore(today)
				&& !tour.endOn().isAfter(today.plusDays(this.endingNoticeDays));
		if (ending && this.reminders.markSent(tour.id(), "ending", tour.endOn(), now)) {
			this.events.publishEvent(new Notice("tour.ending", Set.of(tour.talentId(), tour.managerId()),
					Set.of(Role.TALENT_LEAD), "notice.tour.ending", List.of(tour.title(), Days.format(tour.endOn())),
					"/tours/" + tour.id(), "tour-ending:" + tour.id()));
			published++;
		}
		return published;
	}

	// ---- internals ---------------------------------------------------------------------------

	/**
	 * A check-in at risk or off track: the talent lead is told, once per check-in. Privacy: the
	 * notice names the tour, the talent and the day, never what the check-in says.
	 */
	private void atRisk(Tour tour, CheckIn checkIn, String talentName) {
		this.events.publishEvent(Notice.toRole("tour.checkInAtRisk", Role.TALENT_LEAD,
				"notice.tour.checkInAtRisk." + checkIn.status(),
				List.of(tour.title(), talentName, Days.format(checkIn.heldOn())), "/tours/" + tour.id() + "/check-ins",
				"checkin-risk:" + checkIn.id()));
	}

	/** Talent and manager write check-ins; the talent lead reads them. */
	private Participation requireSide(Actor actor, Tour tour) {
		Participation side = this.guard.participation(actor, tour).orElseThrow();
		if (side == Participation.TALENT_LEAD) {
			throw new PermissionDenied("tour.checkIn.denied.lead", "The talent and the manager write check-ins");
		}
		return side;
	}

	private CheckInView view(CheckIn checkIn, Participation viewer, boolean running, PersonNames names) {
		return new CheckInView(checkIn.id(), checkIn.heldOn(), checkIn.progress(), checkIn.status(),
				checkIn.milestones().stream().map((m) -> new CheckInView.MilestoneView(m.text(), m.done())).toList(),
				checkIn.talentNote(), checkIn.talentNotedAt(), checkIn.managerNote(),
				names.of(PersonId.ofNullable(checkIn.managerNotedByPersonId()), checkIn.managerNotedBy()), checkIn.managerNotedAt(),
				names.of(PersonId.ofNullable(checkIn.createdByPersonId()), checkIn.createdByName()), checkIn.createdAt(), checkIn.version(),
				checkIn.complete(), running && viewer != Participation.TALENT_LEAD);
	}

}
