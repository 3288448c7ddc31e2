package io.cocareer.tour.tracking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.Days;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.internal.CheckInRepository;
import io.cocareer.tour.tracking.internal.CoachingSession;
import io.cocareer.tour.tracking.internal.CoachingSessionRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching during a tour. Rules, for the UI and the API alike: the talent asks for coaching; the
 * manager or the talent lead chooses the coach (the manager unless someone else is named) and the
 * date; the coach, the manager or the talent lead records that it took place. A coach from outside
 * the tour sees the session only, never the tour.
 */
@Service
@Transactional
public class CoachingService {

	private final TourRepository tourRepository;

	private final CheckInRepository checkIns;

	private final CoachingSessionRepository sessions;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TourGuard guard;

	CoachingService(TourRepository tourRepository, CheckInRepository checkIns, CoachingSessionRepository sessions,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock, TourGuard guard) {
		this.tourRepository = tourRepository;
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.guard = guard;
	}

	/**
	 * This service once more, on another clock and publisher: for the demo, which plays each step
	 * of its story at its own moment.
	 */
	public CoachingService on(Clock clock, ApplicationEventPublisher events) {
		return new CoachingService(this.tourRepository, this.checkIns, this.sessions, this.people, events, clock,
				this.guard);
	}

	/** The talent asks for coaching on a topic; the manager is told, and coaches unless they name someone else. */
	public UUID askForCoaching(Actor actor, UUID tourId, String topic, UUID checkInId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		if (this.guard.participation(actor, tour).orElseThrow() != Participation.TALENT) {
			throw new PermissionDenied("tour.coaching.denied.ask", "The talent asks for coaching");
		}
		Tracking.requireRunning(tour);
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
		Map<UUID, CoachingSession> found = new LinkedHashMap<>();
		this.sessions.findByCoachIdOrderByCreatedAtDesc(PersonId.valueOf(actor.personId())).forEach((s) -> found.put(s.id(), s));
		this.tourRepository.findByTalentIdAndStateIn(PersonId.valueOf(actor.personId()), EnumSet.allOf(TourState.class))
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
		String coachName = Tracking.name(this.people.summaries(Set.of(coachId)), coachId);
		this.events.publishEvent(AuditEvent.career("tour.coaching.scheduled", "tour", tour.id(),
				AuditEvent.text(tour.title()), AuditEvent.text(session.topic()), AuditEvent.person(PersonId.ofNullable(coachId)),
				AuditEvent.text(at.toLocalDate())));
		this.events.publishEvent(Notice.toPeople("tour.coachingScheduled", Set.of(coachId, tour.talentId()),
				"notice.tour.coachingScheduled",
				List.of(session.topic(), coachName, Days.format(at)),
				"/tours/coaching", null));
	}

	/** The coach, the manager or the talent lead records that the session took place. */
	public void completeCoaching(Actor actor, UUID sessionId, String notes, Long expectedVersion) {
		CoachingSession session = visibleSession(actor, sessionId);
		Tour tour = this.tourRepository.findById(session.tourId()).orElseThrow();
		boolean organisation = this.guard.participation(actor, tour).map(Participation::forOrganisation).orElse(false);
		if (!organisation && !actor.isPerson(PersonId.ofNullable(session.coachId()))) {
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

	/** The coaching of a tour the reader takes part in, newest first: for its check-ins page. */
	List<CoachingSessionView> ofTour(Actor actor, UUID tourId) {
		return sessionViews(actor, this.sessions.findByTourIdOrderByCreatedAtDesc(tourId));
	}

	/** The session if the reader takes part in its tour or coaches it; a 404 for anyone else. */
	private CoachingSession visibleSession(Actor actor, UUID sessionId) {
		CoachingSession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new CoachingSessionNotFoundException(sessionId));
		if (actor.isPerson(PersonId.ofNullable(session.coachId()))) {
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
					viewer.isPresent() ? tour.title() : null, Tracking.name(names, tour.talentId()), session.topic(),
					Tracking.name(names, session.requestedBy()), session.coachId(),
					Tracking.name(names, session.coachId()), session.scheduledAt(), session.status(), session.notes(),
					session.version(), organisation && open && tour.state() == TourState.ACTIVE,
					session.status() == CoachingStatus.SCHEDULED
							&& (organisation || actor.isPerson(PersonId.ofNullable(session.coachId())))));
		}
		return views;
	}

}
