package io.cocareer.toolbox.counselling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.counselling.internal.Counsellor;
import io.cocareer.toolbox.counselling.internal.CounsellingAccess;
import io.cocareer.toolbox.counselling.internal.CounsellingFollowUp;
import io.cocareer.toolbox.counselling.internal.CounsellingFollowUpReminders;
import io.cocareer.toolbox.counselling.internal.CounsellingSession;
import io.cocareer.toolbox.counselling.internal.CounsellingSessions;
import io.cocareer.toolbox.counselling.internal.Counsellors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career counselling: the list of counsellors, sessions requested, scheduled, held with notes and
 * follow-ups, or cancelled. Who sees and does what is {@link CounsellingAccess}'s: the talent, the
 * counsellor and the talent lead, nobody else (404). Every change is audited without its words;
 * notices tell the other party only that a session was requested, scheduled, moved or cancelled,
 * and the owner of a follow-up only that it is due ({@link CounsellingFollowUpReminders}).
 */
@Service
public class CounsellingService {

	public static final int MAX_TOPIC = 200;

	public static final int MAX_AGENDA = 4000;

	public static final int MAX_NOTES = 20000;

	public static final int MAX_PLACE = 200;

	public static final int MAX_LINK = 500;

	public static final int MAX_REASON = 500;

	public static final int MAX_FOLLOW_UP = 500;

	/** The longest a session lasts. */
	public static final int MAX_HOURS = 8;

	private final CounsellingSessions sessions;

	private final Counsellors counsellors;

	private final CounsellingAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CounsellingService(CounsellingSessions sessions, Counsellors counsellors, CounsellingAccess access,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.counsellors = counsellors;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor has any part in counselling (pages show the card and the links by it). */
	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	/** Whether the actor keeps the list of counsellors and reads every session: the talent lead. */
	public boolean isLead(Actor actor) {
		return this.access.isLead(actor);
	}

	// ---------------------------------------------------------------- counsellors

	/** The counsellors a session may be asked of, by name; every staff member reads the list. */
	@Transactional(readOnly = true)
	public List<CounsellorView> counsellors(Actor actor) {
		this.access.participant(actor);
		List<Counsellor> all = this.counsellors.findAll();
		var summaries = this.people.summaries(all.stream().map(Counsellor::personId).toList());
		return all.stream()
			.filter((c) -> summaries.containsKey(c.personId()) && summaries.get(c.personId()).status() != PersonStatus.LEFT)
			.map((c) -> {
				PersonSummary p = summaries.get(c.personId());
				return new CounsellorView(c.personId(), p.employeeId(), p.fullName(), p.title(), c.addedOn());
			})
			.sorted(Comparator.comparing(CounsellorView::name).thenComparing(CounsellorView::personId))
			.toList();
	}

	/** The talent lead adds someone who works here to the list (again is no change). */
	@Transactional
	public void addCounsellor(Actor actor, PersonId personId) {
		requireLead(actor);
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.counselling.counsellor.required", "Choose a person");
		}
		if (this.people.find(personId).map((p) -> p.status() == PersonStatus.LEFT || p.erased()).orElse(true)) {
			throw new InvalidInput("personId", "toolbox.counselling.counsellor.notStaff", "Choose someone who works here");
		}
		if (this.counsellors.existsById(personId.value())) {
			return;
		}
		this.counsellors.save(new Counsellor(personId.value(), today()));
		this.events.publishEvent(AuditEvent.career("toolbox.counselling.counsellorAdded", "person", personId.value()));
	}

	/** The talent lead takes someone off the list; their sessions stay theirs. */
	@Transactional
	public void removeCounsellor(Actor actor, PersonId personId) {
		requireLead(actor);
		if (personId == null || !this.counsellors.existsById(personId.value())) {
			throw new NotFoundException("toolbox.counselling.counsellor.notFound", "This person is no counsellor");
		}
		this.counsellors.deleteById(personId.value());
		this.events.publishEvent(AuditEvent.career("toolbox.counselling.counsellorRemoved", "person", personId.value()));
	}

	// ---------------------------------------------------------------- reading

	/** The actor's own sessions as the talent counselled, running first (soonest first), then the rest (latest first). */
	@Transactional(readOnly = true)
	public List<SessionView> asTalent(Actor actor) {
		UUID me = this.access.participant(actor);
		return list(actor, this.sessions.findByTalentId(me));
	}

	/** The sessions the actor counsels. */
	@Transactional(readOnly = true)
	public List<SessionView> asCounsellor(Actor actor) {
		UUID me = this.access.participant(actor);
		return list(actor, this.sessions.findByCounsellorId(me));
	}

	/** Every session, for the talent lead (no notes). */
	@Transactional(readOnly = true)
	public List<SessionView> all(Actor actor) {
		if (!this.access.mayListAll(actor)) {
			throw new PermissionDenied("toolbox.counselling.denied.all", "The talent lead reads every session");
		}
		return list(actor, this.sessions.findAll());
	}

	/** A session with its notes, for the talent, the counsellor and the talent lead; 404 for anybody else. */
	@Transactional(readOnly = true)
	public SessionView get(Actor actor, UUID sessionId) {
		return views(actor, List.of(readable(actor, sessionId)), true).get(0);
	}

	// ---------------------------------------------------------------- changes

	/** Asks for a session: for oneself, or (the talent lead, a counsellor with themselves) for a talent. */
	@Transactional
	public UUID request(Actor actor, RequestSession command) {
		UUID me = this.access.participant(actor);
		List<InvalidInput> problems = requestProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		UUID talentId = (command.talentId() != null) ? command.talentId().value() : me;
		UUID counsellorId = command.counsellorId().value();
		if (!this.counsellors.existsById(counsellorId)
				|| this.people.find(command.counsellorId()).map((p) -> p.status() == PersonStatus.LEFT).orElse(true)) {
			throw new InvalidInput("counsellorId", "toolbox.counselling.counsellor.notOnList",
					"Choose a counsellor from the list");
		}
		if (!talentId.equals(me) && this.people.find(PersonId.of(talentId))
			.map((p) -> p.status() == PersonStatus.LEFT || p.erased())
			.orElse(true)) {
			throw new InvalidInput("talentId", "toolbox.counselling.talent.notStaff", "Choose someone who works here");
		}
		if (talentId.equals(counsellorId)) {
			throw new InvalidInput("counsellorId", "toolbox.counselling.counsellor.self",
					"Choose a counsellor other than the talent");
		}
		if (!this.access.mayRequestFor(actor, talentId, counsellorId)) {
			throw new InvalidInput("talentId", "toolbox.counselling.talent.notYours",
					"You ask for sessions for yourself, or with yourself as the counsellor");
		}
		CounsellingSession session = this.sessions.save(CounsellingSession.requested(talentId, counsellorId,
				command.topic().strip(), text(command.agenda()), this.clock.instant()));
		audit("toolbox.counselling.requested", session);
		tell(actor, session, "requested");
		return session.id();
	}

	/** Schedules a requested session or moves a scheduled one (its invite's sequence goes up). */
	@Transactional
	public void schedule(Actor actor, UUID sessionId, ScheduleSession command, long expectedVersion) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.maySchedule(actor, session)) {
			session.requireOpen();
			throw new PermissionDenied("toolbox.counselling.denied.schedule",
					"The counsellor and the talent lead schedule a session");
		}
		requireVersion(session, expectedVersion);
		List<InvalidInput> problems = scheduleProblems(command, now());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		boolean wasScheduled = session.status() == SessionStatus.SCHEDULED;
		boolean moved = session.schedule(command.startsAt(), command.endsAt(), text(command.place()),
				text(command.videoLink()));
		if (!wasScheduled) {
			audit("toolbox.counselling.scheduled", session);
			tell(actor, session, "scheduled");
		}
		else if (moved) {
			audit("toolbox.counselling.rescheduled", session);
			tell(actor, session, "rescheduled");
		}
	}

	/** Changes the agenda before the session is held. */
	@Transactional
	public void changeAgenda(Actor actor, UUID sessionId, String agenda, long expectedVersion) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.mayEditAgenda(actor, session)) {
			session.requireOpen();
			throw new PermissionDenied("toolbox.counselling.denied.edit", "You may not change this session");
		}
		requireVersion(session, expectedVersion);
		if (agenda != null && agenda.strip().length() > MAX_AGENDA) {
			throw tooLong("agenda", MAX_AGENDA);
		}
		session.changeAgenda(text(agenda));
		audit("toolbox.counselling.agendaChanged", session);
	}

	/** Records that a scheduled session was held, once it has started. */
	@Transactional
	public void markHeld(Actor actor, UUID sessionId, long expectedVersion) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.mayMarkHeld(actor, session)) {
			if (session.status() != SessionStatus.SCHEDULED) {
				throw new BusinessRuleViolation("toolbox.counselling.rule.heldScheduledOnly",
						"Only a scheduled session is held");
			}
			throw new PermissionDenied("toolbox.counselling.denied.held",
					"The counsellor and the talent lead record a session as held");
		}
		requireVersion(session, expectedVersion);
		if (session.startsAt().isAfter(now())) {
			throw new BusinessRuleViolation("toolbox.counselling.rule.notStartedYet",
					"A session is held once it has started");
		}
		session.markHeld(session.startsAt().toLocalDate());
		audit("toolbox.counselling.held", session);
	}

	/** Writes the notes of a held session; the version read is required, since two may write at once. */
	@Transactional
	public void writeNotes(Actor actor, UUID sessionId, String notes, long expectedVersion) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.mayWriteNotes(actor, session)) {
			if (session.status() != SessionStatus.HELD) {
				throw new BusinessRuleViolation("toolbox.counselling.rule.notesAfterHeld",
						"Notes are written once the session was held");
			}
			throw new PermissionDenied("toolbox.counselling.denied.notes",
					"The counsellor and the talent lead write the notes");
		}
		requireVersion(session, expectedVersion);
		if (notes != null && notes.strip().length() > MAX_NOTES) {
			throw tooLong("notes", MAX_NOTES);
		}
		session.writeNotes(text(notes));
		audit("toolbox.counselling.notesWritten", session);
	}

	/** Cancels a session not yet held, with a reason; the other party is told (not why). */
	@Transactional
	public void cancel(Actor actor, UUID sessionId, String reason, long expectedVersion) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.mayCancel(actor, session)) {
			session.requireOpen();
			throw new PermissionDenied("toolbox.counselling.denied.cancel", "You may not cancel this session");
		}
		requireVersion(session, expectedVersion);
		List<InvalidInput> problems = cancelProblems(reason);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		session.cancel(reason.strip(), today());
		audit("toolbox.counselling.cancelled", session);
		tell(actor, session, "cancelled");
	}

	@Transactional
	public UUID addFollowUp(Actor actor, UUID sessionId, AddFollowUp command) {
		CounsellingSession session = readable(actor, sessionId);
		if (!this.access.mayAddFollowUp(actor, session)) {
			if (session.status() != SessionStatus.HELD) {
				throw new BusinessRuleViolation("toolbox.counselling.rule.followUpAfterHeld",
						"Follow-ups are agreed once the session was held");
			}
			throw new PermissionDenied("toolbox.counselling.denied.followUp",
					"The counsellor and the talent lead agree follow-ups");
		}
		List<InvalidInput> problems = followUpProblems(command, today());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		CounsellingFollowUp followUp = session.addFollowUp(command.what().strip(), command.owner(), command.dueOn(),
				this.clock.instant());
		audit("toolbox.counselling.followUpAdded", session);
		return followUp.id();
	}

	@Transactional
	public void markFollowUpDone(Actor actor, UUID sessionId, UUID followUpId) {
		CounsellingSession session = readable(actor, sessionId);
		CounsellingFollowUp followUp = session.followUp(followUpId)
			.orElseThrow(() -> new NotFoundException("toolbox.counselling.followUp.notFound",
					"There is no such follow-up"));
		if (followUp.doneOn() != null) {
			return;
		}
		if (!this.access.mayMarkDone(actor, session, followUp)) {
			throw new PermissionDenied("toolbox.counselling.denied.followUpDone",
					"The counsellor, the talent lead and the owner mark a follow-up done");
		}
		followUp.markDone(today());
		// its reminder, if one went out, is done
		this.events.publishEvent(NoticeDone.forEveryone(CounsellingFollowUpReminders.action(followUpId)));
		audit("toolbox.counselling.followUpDone", session);
	}

	// ---------------------------------------------------------------- rules on input, all at once

	/** Everything wrong with a session to ask for, field by field (the form shows them all). */
	public static List<InvalidInput> requestProblems(RequestSession command) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.counsellorId() == null) {
			problems.add(new InvalidInput("counsellorId", "toolbox.counselling.counsellor.required",
					"Choose a counsellor"));
		}
		if (!hasText(command.topic())) {
			problems.add(new InvalidInput("topic", "toolbox.counselling.topic.required", "Say what it is about"));
		}
		else if (command.topic().strip().length() > MAX_TOPIC) {
			problems.add(tooLong("topic", MAX_TOPIC));
		}
		if (command.agenda() != null && command.agenda().strip().length() > MAX_AGENDA) {
			problems.add(tooLong("agenda", MAX_AGENDA));
		}
		return problems;
	}

	/** Everything wrong with a time and place, field by field. */
	public static List<InvalidInput> scheduleProblems(ScheduleSession command, LocalDateTime now) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.startsAt() == null) {
			problems.add(new InvalidInput("startsAt", "toolbox.counselling.startsAt.required",
					"Choose when it starts"));
		}
		else if (command.startsAt().isBefore(now)) {
			problems.add(new InvalidInput("startsAt", "toolbox.counselling.startsAt.past",
					"The start cannot be in the past"));
		}
		if (command.endsAt() == null) {
			problems.add(new InvalidInput("endsAt", "toolbox.counselling.endsAt.required", "Choose when it ends"));
		}
		else if (command.startsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
			problems.add(new InvalidInput("endsAt", "toolbox.counselling.endsAt.beforeStart",
					"The end comes after the start"));
		}
		else if (command.startsAt() != null && command.endsAt().isAfter(command.startsAt().plusHours(MAX_HOURS))) {
			problems.add(new InvalidInput("endsAt", "toolbox.counselling.endsAt.tooLong",
					"A session lasts at most %d hours".formatted(MAX_HOURS), MAX_HOURS));
		}
		if (!hasText(command.place()) && !hasText(command.videoLink())) {
			problems.add(new InvalidInput("place", "toolbox.counselling.place.required",
					"Give a place or a video link"));
		}
		else if (hasText(command.place()) && command.place().strip().length() > MAX_PLACE) {
			problems.add(tooLong("place", MAX_PLACE));
		}
		if (hasText(command.videoLink())) {
			String link = command.videoLink().strip();
			if (link.length() > MAX_LINK) {
				problems.add(tooLong("videoLink", MAX_LINK));
			}
			else if (!link.matches("https?://[^\\s<>\"]+")) {
				problems.add(new InvalidInput("videoLink", "toolbox.counselling.videoLink.invalid",
						"Give a link starting with https://"));
			}
		}
		return problems;
	}

	public static List<InvalidInput> cancelProblems(String reason) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(reason)) {
			problems.add(new InvalidInput("reason", "toolbox.counselling.reason.required", "Say why it is cancelled"));
		}
		else if (reason.strip().length() > MAX_REASON) {
			problems.add(tooLong("reason", MAX_REASON));
		}
		return problems;
	}

	public static List<InvalidInput> followUpProblems(AddFollowUp command, LocalDate today) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(command.what())) {
			problems.add(new InvalidInput("what", "toolbox.counselling.followUp.whatRequired", "Say what is to be done"));
		}
		else if (command.what().strip().length() > MAX_FOLLOW_UP) {
			problems.add(tooLong("what", MAX_FOLLOW_UP));
		}
		if (command.owner() == null) {
			problems.add(new InvalidInput("owner", "toolbox.counselling.followUp.ownerRequired", "Choose who does it"));
		}
		if (command.dueOn() == null) {
			problems.add(new InvalidInput("dueOn", "toolbox.counselling.followUp.dueRequired",
					"Choose by when it is to be done"));
		}
		else if (command.dueOn().isBefore(today)) {
			problems.add(new InvalidInput("dueOn", "toolbox.counselling.followUp.duePast", "The day cannot be in the past"));
		}
		return problems;
	}

	private static InvalidInput tooLong(String field, int max) {
		return new InvalidInput(field, "toolbox.counselling.tooLong", "At most %d characters".formatted(max), max);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String text(String value) {
		return hasText(value) ? value.strip() : null;
	}

	// ---------------------------------------------------------------- helpers

	private void requireLead(Actor actor) {
		if (!this.access.mayManageCounsellors(actor)) {
			throw new PermissionDenied("toolbox.counselling.denied.counsellors", "The talent lead keeps the list of counsellors");
		}
	}

	private CounsellingSession readable(Actor actor, UUID sessionId) {
		this.access.participant(actor);
		CounsellingSession session = this.sessions.findById(sessionId).orElseThrow(CounsellingAccess::notFound);
		return this.access.readable(actor, session);
	}

	private static void requireVersion(CounsellingSession session, long expectedVersion) {
		if (session.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The session changed since it was read");
		}
	}

	/** Tells the other party (or both, when the talent lead acts) that something happened; never what was said. */
	private void tell(Actor actor, CounsellingSession session, String what) {
		Set<UUID> told = new HashSet<>();
		told.add(session.talentId());
		if (session.counsellorId() != null) {
			told.add(session.counsellorId());
		}
		told.remove(actor.personId().value());
		if (!told.isEmpty()) {
			this.events.publishEvent(Notice
				.toPeople("toolbox.counselling." + what, told, "notice.toolbox.counselling." + what, List.of(),
						link(session.id()), "toolbox.counselling." + what + "." + session.id() + "." + session.sequence()
								+ "." + session.version())
				.about(PersonId.of(session.talentId())));
		}
	}

	public static String link(UUID sessionId) {
		return "/toolbox/counselling/sessions/" + sessionId;
	}

	/** An entry with no words: which session, and where it stands. */
	private void audit(String action, CounsellingSession session) {
		this.events.publishEvent(AuditEvent.career(action, "toolboxCounsellingSession", session.id(),
				AuditEvent.term("toolbox.counselling.status." + session.status())));
	}

	private List<SessionView> list(Actor actor, List<CounsellingSession> found) {
		List<CounsellingSession> readable = found.stream().filter((s) -> this.access.mayRead(actor, s)).toList();
		List<SessionView> views = new ArrayList<>(views(actor, readable, false));
		Comparator<SessionView> soonest = Comparator.comparing(SessionView::startsAt,
				Comparator.nullsLast(Comparator.naturalOrder()));
		views.sort(Comparator.comparing((SessionView v) -> !v.status().open())
			.thenComparing((a, b) -> a.status().open() ? soonest.compare(a, b) : soonest.compare(b, a)));
		return views;
	}

	private List<SessionView> views(Actor actor, List<CounsellingSession> found, boolean withNotes) {
		Set<UUID> ids = new HashSet<>();
		found.forEach((s) -> {
			ids.add(s.talentId());
			if (s.counsellorId() != null) {
				ids.add(s.counsellorId());
			}
		});
		PersonNames names = this.people.names(ids);
		LocalDate today = today();
		return found.stream().map((s) -> {
			List<FollowUpView> followUps = s.followUps()
				.stream()
				.map((f) -> new FollowUpView(f.id(), f.what(), f.owner(), f.dueOn(), f.doneOn(),
						s.status() == SessionStatus.HELD && f.overdue(today), this.access.mayMarkDone(actor, s, f)))
				.toList();
			String notes = (withNotes && this.access.mayReadNotes(actor, s)) ? s.notes() : null;
			return new SessionView(s.id(), s.talentId(), names.of(PersonId.of(s.talentId()), null), s.counsellorId(),
					(s.counsellorId() != null) ? names.of(PersonId.of(s.counsellorId()), null) : null, s.topic(),
					s.agenda(), s.status(), s.startsAt(), s.endsAt(), s.place(), s.videoLink(), s.sequence(), s.heldOn(),
					notes, s.cancelReason(), s.cancelledOn(), followUps, (int) s.overdueFollowUps(today), s.version(),
					this.access.permissions(actor, s));
		}).toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
