package io.cocareer.toolbox.workshop;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.workshop.internal.Feedback;
import io.cocareer.toolbox.workshop.internal.Seat;
import io.cocareer.toolbox.workshop.internal.Workshop;
import io.cocareer.toolbox.workshop.internal.WorkshopAccess;
import io.cocareer.toolbox.workshop.internal.WorkshopNotices;
import io.cocareer.toolbox.workshop.internal.Workshops;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career planning workshops: the list, a workshop, creating and changing one, enrolment with its
 * waiting list, cancelling, and after the start attendance, materials and feedback. Who sees and
 * does what is {@link WorkshopAccess}'s. Every change to seats and capacity is made under the
 * workshop's row lock, so the waiting list moves up in the same transaction and a workshop is never
 * over-filled. Audit entries name the workshop and the change, never who enrolled or what was said.
 */
@Service
public class WorkshopService {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_PLACE = 300;

	public static final int MAX_LINK = 500;

	public static final int MAX_COMMENT = 1000;

	public static final int MIN_DURATION = 15;

	public static final int MAX_DURATION = 1440;

	public static final int MAX_CAPACITY = 1000;

	private final Workshops workshops;

	private final WorkshopAccess access;

	private final WorkshopNotices notices;

	private final PeopleDirectory people;

	private final AccountService accounts;

	private final TalentPool pool;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkshopService(Workshops workshops, WorkshopAccess access, WorkshopNotices notices, PeopleDirectory people,
			AccountService accounts, TalentPool pool, ApplicationEventPublisher events, Clock clock) {
		this.workshops = workshops;
		this.access = access;
		this.notices = notices;
		this.people = people;
		this.accounts = accounts;
		this.pool = pool;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor takes part in workshops (the card and the pages are theirs). */
	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	/** Whether the actor creates workshops: the talent lead. */
	public boolean mayCreate(Actor actor) {
		return this.access.mayCreate(actor);
	}

	// ---------------------------------------------------------------- reading

	/** Every workshop the actor sees, by start: those to come, those held and those cancelled. */
	@Transactional(readOnly = true)
	public List<WorkshopView> list(Actor actor) {
		this.access.participant(actor);
		List<Workshop> visible = this.workshops.findAllByOrderByStartsAtAsc()
			.stream()
			.filter((w) -> this.access.maySee(actor, w))
			.toList();
		return views(actor, visible);
	}

	@Transactional(readOnly = true)
	public WorkshopView get(Actor actor, UUID workshopId) {
		return views(actor, List.of(visible(actor, workshopId))).get(0);
	}

	/** The workshop with who is enrolled and waiting, attendance and the feedback summary. */
	@Transactional(readOnly = true)
	public ManagedWorkshop manage(Actor actor, UUID workshopId) {
		Workshop workshop = this.access.managed(actor, load(workshopId));
		Set<UUID> ids = new HashSet<>();
		workshop.seats().forEach((s) -> ids.add(s.personId()));
		PersonNames names = this.people.names(ids);
		List<ManagedWorkshop.Participant> enrolled = new ArrayList<>();
		int n = 0;
		for (Seat seat : workshop.enrolled()) {
			enrolled.add(new ManagedWorkshop.Participant(seat.personId(),
					names.of(PersonId.of(seat.personId()), null), ++n, seat.attendance()));
		}
		List<ManagedWorkshop.Participant> waiting = new ArrayList<>();
		n = 0;
		for (Seat seat : workshop.waiting()) {
			waiting.add(new ManagedWorkshop.Participant(seat.personId(), names.of(PersonId.of(seat.personId()), null),
					++n, null));
		}
		enrolled.sort(Comparator.comparing(ManagedWorkshop.Participant::name,
				Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
		Instant now = now();
		return new ManagedWorkshop(get(actor, workshopId), enrolled, waiting, summary(workshop.feedback()),
				workshop.status() == WorkshopStatus.SCHEDULED && workshop.started(now));
	}

	/** The feedback as its readers see it: a count, and past the minimum an average and unnamed comments. */
	public static FeedbackSummary summary(List<Feedback> given) {
		int answers = given.size();
		if (answers < FeedbackSummary.MINIMUM_ANSWERS) {
			return new FeedbackSummary(answers, FeedbackSummary.MINIMUM_ANSWERS, false, null, List.of());
		}
		double average = given.stream().mapToInt(Feedback::rating).average().orElse(0);
		List<String> comments = given.stream()
			.map(Feedback::comment)
			.filter((c) -> c != null && !c.isBlank())
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		return new FeedbackSummary(answers, FeedbackSummary.MINIMUM_ANSWERS, true,
				Math.round(average * 10) / 10.0, comments);
	}

	// ---------------------------------------------------------------- creating and changing

	@Transactional
	public UUID create(Actor actor, SaveWorkshop command) {
		this.access.participant(actor);
		if (!this.access.mayCreate(actor)) {
			throw new PermissionDenied("toolbox.workshop.denied.create", "The talent lead creates workshops");
		}
		Instant now = now();
		requireValid(problems(command, now));
		requireFacilitator(command.facilitatorId());
		Workshop workshop = this.workshops.save(Workshop.schedule(command.title().strip(), text(command.description()),
				command.facilitatorId().value(), command.startsAt(), command.durationMinutes(), text(command.place()),
				text(command.videoLink()), command.capacity(), command.audience(), now));
		audit("toolbox.workshop.created", workshop);
		return workshop.id();
	}

	/**
	 * Changes it until it starts; a capacity below the number enrolled is refused, a raise moves the
	 * waiting list up. The version read is required.
	 */
	@Transactional
	public void update(Actor actor, UUID workshopId, SaveWorkshop command, long expectedVersion) {
		Workshop workshop = this.access.managed(actor, locked(workshopId));
		if (workshop.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The workshop changed since it was read");
		}
		Instant now = now();
		workshop.requireOpen(now);
		requireValid(problems(command, now));
		if (!command.facilitatorId().value().equals(workshop.facilitatorId())) {
			requireFacilitator(command.facilitatorId());
		}
		List<UUID> movedUp = workshop.changeCapacity(command.capacity(), now);
		workshop.describe(command.title().strip(), text(command.description()), command.facilitatorId().value(),
				command.startsAt(), command.durationMinutes(), text(command.place()), text(command.videoLink()),
				command.audience());
		this.notices.movedUp(workshop, movedUp);
		audit("toolbox.workshop.changed", workshop);
	}

	/** Calls it off before it starts; everyone enrolled and waiting is told. */
	@Transactional
	public void cancel(Actor actor, UUID workshopId) {
		Workshop workshop = this.access.managed(actor, locked(workshopId));
		List<UUID> seated = workshop.cancel(now());
		this.notices.cancelled(workshop, seated, actor.personId().value());
		audit("toolbox.workshop.cancelled", workshop);
	}

	// ---------------------------------------------------------------- seats

	/**
	 * The actor enrols themselves; when it is full they are put on the waiting list.
	 * @return the place they got
	 */
	@Transactional
	public SeatStatus enrol(Actor actor, UUID workshopId) {
		UUID me = this.access.participant(actor);
		Workshop workshop = this.access.visible(actor, locked(workshopId));
		if (!this.access.inAudience(actor, workshop)) {
			throw new PermissionDenied("toolbox.workshop.denied.audience", "This workshop is for talents");
		}
		return workshop.enrol(me, now());
	}

	/**
	 * The facilitator or the talent lead enrol someone of the audience (or put them in line); they
	 * are told.
	 */
	@Transactional
	public SeatStatus enrol(Actor actor, UUID workshopId, PersonId personId) {
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.workshop.person.required", "Choose who to enrol");
		}
		if (actor.isPerson(personId)) {
			return enrol(actor, workshopId);
		}
		Workshop workshop = this.access.managed(actor, locked(workshopId));
		workshop.requireOpen(now());
		PersonView person = this.people.find(personId)
			.filter((p) -> p.status() != PersonStatus.LEFT && !p.erased())
			.orElseThrow(() -> new InvalidInput("personId", "toolbox.workshop.person.notStaff",
					"Choose someone who works here"));
		if (!WorkshopAccess.inAudience(workshop.audience(), true, isTalent(person.id()))) {
			throw new InvalidInput("personId", "toolbox.workshop.person.notInAudience",
					"This workshop is for talents: choose a talent");
		}
		SeatStatus status = workshop.enrol(person.id(), now());
		this.notices.enrolledBy(workshop, person.id(), status == SeatStatus.WAITING);
		return status;
	}

	/** The actor gives up their seat or place in line; the first in line moves up and is told. */
	@Transactional
	public void leave(Actor actor, UUID workshopId) {
		UUID me = this.access.participant(actor);
		Workshop workshop = this.access.visible(actor, locked(workshopId));
		this.notices.movedUp(workshop, workshop.leave(me, now()));
	}

	/** The facilitator or the talent lead take someone's seat or place in line away. */
	@Transactional
	public void remove(Actor actor, UUID workshopId, PersonId personId) {
		if (actor.isPerson(personId)) {
			leave(actor, workshopId);
			return;
		}
		Workshop workshop = this.access.managed(actor, locked(workshopId));
		this.notices.movedUp(workshop, workshop.leave(personId.value(), now()));
	}

	// ---------------------------------------------------------------- after the start

	@Transactional
	public void recordAttendance(Actor actor, UUID workshopId, PersonId personId, Attendance attendance) {
		if (attendance == null) {
			throw new InvalidInput("attendance", "toolbox.workshop.attendance.required", "Choose attended or no-show");
		}
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.workshop.person.required", "Choose who to enrol");
		}
		Workshop workshop = this.access.managed(actor, locked(workshopId));
		workshop.recordAttendance(personId.value(), attendance, now());
		audit("toolbox.workshop.attendanceRecorded", workshop);
	}

	@Transactional
	public UUID addMaterial(Actor actor, UUID workshopId, AddMaterial command) {
		Workshop workshop = this.access.managed(actor, load(workshopId));
		requireValid(materialProblems(command));
		return workshop.addMaterial(command.title().strip(), text(command.link()), text(command.body()), now()).id();
	}

	@Transactional
	public void removeMaterial(Actor actor, UUID workshopId, UUID materialId) {
		Workshop workshop = this.access.managed(actor, load(workshopId));
		workshop.removeMaterial(materialId);
	}

	/** An attendee rates it (1 to 5) with an optional comment; given again, it replaces the first. */
	@Transactional
	public void giveFeedback(Actor actor, UUID workshopId, Integer rating, String comment) {
		UUID me = this.access.participant(actor);
		Workshop workshop = this.access.visible(actor, load(workshopId));
		requireValid(feedbackProblems(rating, comment));
		workshop.giveFeedback(me, rating, text(comment), now());
	}

	/**
	 * The workshop as an iCalendar invite, for the enrolled and those who manage it. Its UID is
	 * stable, so importing it again updates the event; a cancelled workshop comes as cancelled.
	 * @param baseUrl the application's address, for the link to the workshop page
	 */
	@Transactional(readOnly = true)
	public String calendar(Actor actor, UUID workshopId, String baseUrl) {
		Workshop workshop = visible(actor, workshopId);
		if (!this.access.mayReadMaterials(actor, workshop)) {
			throw new PermissionDenied("toolbox.workshop.denied.calendar", "The invite is for the enrolled");
		}
		return WorkshopCalendar.invite(workshop.id(), workshop.title(), workshop.description(), workshop.startsAt(),
				workshop.durationMinutes(), workshop.place(), workshop.videoLink(),
				workshop.status() == WorkshopStatus.CANCELLED, URI.create(baseUrl + WorkshopNotices.link(workshop.id())));
	}

	// ---------------------------------------------------------------- rules on input, all at once

	/** Everything wrong with a workshop to save, field by field (the form shows them all). */
	public static List<InvalidInput> problems(SaveWorkshop command, Instant now) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(command.title())) {
			problems.add(new InvalidInput("title", "toolbox.workshop.title.required", "Give the workshop a title"));
		}
		else if (command.title().strip().length() > MAX_TITLE) {
			problems.add(tooLong("title", MAX_TITLE));
		}
		if (command.description() != null && command.description().strip().length() > MAX_DESCRIPTION) {
			problems.add(tooLong("description", MAX_DESCRIPTION));
		}
		if (command.facilitatorId() == null) {
			problems.add(new InvalidInput("facilitatorId", "toolbox.workshop.facilitator.required",
					"Choose who facilitates it"));
		}
		if (command.startsAt() == null) {
			problems.add(new InvalidInput("startsAt", "toolbox.workshop.startsAt.required", "Give the day and time it starts"));
		}
		else if (!command.startsAt().isAfter(now)) {
			problems.add(new InvalidInput("startsAt", "toolbox.workshop.startsAt.past", "The start cannot be in the past"));
		}
		if (command.durationMinutes() == null) {
			problems.add(new InvalidInput("durationMinutes", "toolbox.workshop.duration.required",
					"Give how long it lasts"));
		}
		else if (command.durationMinutes() < MIN_DURATION || command.durationMinutes() > MAX_DURATION) {
			problems.add(new InvalidInput("durationMinutes", "toolbox.workshop.duration.range",
					"It lasts between %d and %d minutes".formatted(MIN_DURATION, MAX_DURATION), MIN_DURATION,
					MAX_DURATION));
		}
		if (!hasText(command.place()) && !hasText(command.videoLink())) {
			problems.add(new InvalidInput("place", "toolbox.workshop.where.required", "Give a place or a video link"));
		}
		if (command.place() != null && command.place().strip().length() > MAX_PLACE) {
			problems.add(tooLong("place", MAX_PLACE));
		}
		if (hasText(command.videoLink())) {
			if (command.videoLink().strip().length() > MAX_LINK) {
				problems.add(tooLong("videoLink", MAX_LINK));
			}
			else if (!isWebAddress(command.videoLink())) {
				problems.add(new InvalidInput("videoLink", "toolbox.workshop.link.invalid",
						"Give a web address starting with https://"));
			}
		}
		if (command.capacity() == null) {
			problems.add(new InvalidInput("capacity", "toolbox.workshop.capacity.required", "Give the number of seats"));
		}
		else if (command.capacity() < 1) {
			problems.add(new InvalidInput("capacity", "toolbox.workshop.capacity.min", "There is at least one seat"));
		}
		else if (command.capacity() > MAX_CAPACITY) {
			problems.add(new InvalidInput("capacity", "toolbox.workshop.capacity.max",
					"At most %d seats".formatted(MAX_CAPACITY), MAX_CAPACITY));
		}
		if (command.audience() == null) {
			problems.add(new InvalidInput("audience", "toolbox.workshop.audience.required", "Choose who it is for"));
		}
		return problems;
	}

	/** Everything wrong with a material to share. */
	public static List<InvalidInput> materialProblems(AddMaterial command) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(command.title())) {
			problems.add(new InvalidInput("title", "toolbox.workshop.material.titleRequired", "Give the material a title"));
		}
		else if (command.title().strip().length() > MAX_TITLE) {
			problems.add(tooLong("title", MAX_TITLE));
		}
		if (!hasText(command.link()) && !hasText(command.body())) {
			problems.add(new InvalidInput("link", "toolbox.workshop.material.linkOrText", "Give a link or a text"));
		}
		if (hasText(command.link())) {
			if (command.link().strip().length() > MAX_LINK) {
				problems.add(tooLong("link", MAX_LINK));
			}
			else if (!isWebAddress(command.link())) {
				problems.add(new InvalidInput("link", "toolbox.workshop.link.invalid",
						"Give a web address starting with https://"));
			}
		}
		if (command.body() != null && command.body().strip().length() > MAX_DESCRIPTION) {
			problems.add(tooLong("body", MAX_DESCRIPTION));
		}
		return problems;
	}

	/** Everything wrong with a feedback. */
	public static List<InvalidInput> feedbackProblems(Integer rating, String comment) {
		List<InvalidInput> problems = new ArrayList<>();
		if (rating == null) {
			problems.add(new InvalidInput("rating", "toolbox.workshop.feedback.ratingRequired", "Give a rating from 1 to 5"));
		}
		else if (rating < 1 || rating > 5) {
			problems.add(new InvalidInput("rating", "toolbox.workshop.feedback.ratingRange", "Give a rating from 1 to 5",
					1, 5));
		}
		if (comment != null && comment.strip().length() > MAX_COMMENT) {
			problems.add(tooLong("comment", MAX_COMMENT));
		}
		return problems;
	}

	private static InvalidInput tooLong(String field, int max) {
		return new InvalidInput(field, "toolbox.workshop.tooLong", "At most %d characters".formatted(max), max);
	}

	private static boolean isWebAddress(String value) {
		String link = value.strip().toLowerCase(Locale.ROOT);
		if (!link.startsWith("https://") && !link.startsWith("http://")) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			return uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static void requireValid(List<InvalidInput> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String text(String value) {
		return hasText(value) ? value.strip() : null;
	}

	// ---------------------------------------------------------------- helpers

	private void requireFacilitator(PersonId facilitatorId) {
		boolean worksHere = this.people.find(facilitatorId)
			.map((p) -> p.status() != PersonStatus.LEFT && !p.erased())
			.orElse(false);
		if (!worksHere) {
			throw new InvalidInput("facilitatorId", "toolbox.workshop.facilitator.notStaff",
					"Choose someone who works here");
		}
	}

	/** A talent: in the talent pool, or holding the talent role. */
	private boolean isTalent(UUID personId) {
		if (this.pool.isActiveTalent(PersonId.of(personId))) {
			return true;
		}
		return this.accounts.findByPerson(PersonId.of(personId))
			.filter(AccountView::enabled)
			.map((a) -> a.roles().contains(Role.TALENT))
			.orElse(false);
	}

	private Workshop load(UUID workshopId) {
		return this.workshops.findById(workshopId).orElseThrow(WorkshopAccess::notFound);
	}

	private Workshop locked(UUID workshopId) {
		return this.workshops.lockById(workshopId).orElseThrow(WorkshopAccess::notFound);
	}

	private Workshop visible(Actor actor, UUID workshopId) {
		this.access.participant(actor);
		return this.access.visible(actor, load(workshopId));
	}

	/** An entry with no words: which workshop, and that it changed. */
	private void audit(String action, Workshop workshop) {
		this.events.publishEvent(AuditEvent.career(action, "toolboxWorkshop", workshop.id()));
	}

	private List<WorkshopView> views(Actor actor, List<Workshop> found) {
		Set<UUID> facilitators = new HashSet<>();
		found.forEach((w) -> {
			if (w.facilitatorId() != null) {
				facilitators.add(w.facilitatorId());
			}
		});
		PersonNames names = this.people.names(facilitators);
		Instant now = now();
		UUID me = actor.personId().value();
		return found.stream().map((w) -> {
			Seat seat = w.seatOf(me).orElse(null);
			Feedback mine = w.feedbackOf(me).orElse(null);
			boolean manage = this.access.mayManage(actor, w);
			boolean materials = this.access.mayReadMaterials(actor, w);
			List<MaterialView> shared = materials ? w.materials()
				.stream()
				.map((m) -> new MaterialView(m.id(), m.title(), m.link(), m.body(), m.addedAt()))
				.toList() : List.of();
			return new WorkshopView(w.id(), w.title(), w.description(), w.facilitatorId(),
					(w.facilitatorId() != null) ? names.of(PersonId.of(w.facilitatorId()), null) : null, local(w.startsAt()),
					local(w.endsAt()), w.durationMinutes(), w.place(), w.videoLink(), w.capacity(), w.audience(),
					w.status(), w.open(now), w.enrolledCount(), w.waitingCount(), w.freeSeats(),
					(seat != null) ? seat.status() : null, w.positionOf(me).orElse(null),
					(seat != null) ? seat.attendance() : null, (mine != null) ? mine.rating() : null,
					(mine != null) ? mine.comment() : null, shared, w.version(), this.access.mayEnrolSelf(actor, w, now),
					this.access.mayLeave(actor, w, now), manage, manage && w.open(now), materials,
					this.access.mayGiveFeedback(actor, w), materials);
		}).toList();
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(this.clock.getZone()).toOffsetDateTime();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** The platform's zone, in which forms give a workshop's day and time. */
	public java.time.ZoneId zone() {
		return this.clock.getZone();
	}

}
