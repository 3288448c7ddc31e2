package io.cocareer.alumni.exit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.ExitView.Abilities;
import io.cocareer.alumni.exit.ExitView.CollaborationView;
import io.cocareer.alumni.exit.ExitView.HandoverView;
import io.cocareer.alumni.exit.ExitView.Reader;
import io.cocareer.alumni.exit.internal.CollaborationEntry;
import io.cocareer.alumni.exit.internal.ExitAccess;
import io.cocareer.alumni.exit.internal.ExitProtocol;
import io.cocareer.alumni.exit.internal.ExitProtocols;
import io.cocareer.alumni.exit.internal.HandoverEntry;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.identity.AccountService;
import io.cocareer.identity.AlumniAccess;
import io.cocareer.people.EmploymentPeriodView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.tour.GoodExitSummary;
import io.cocareer.tour.GoodExits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exit protocols: started for a person still employed (by the talent lead or their manager), by a
 * tour that ended in a good exit, or recorded by the talent lead for someone who left before the
 * platform; filled in section by section; completed by the talent lead in one transaction that
 * records the leaving (staff access ends), opens the alumni portal with the leaver's consent and
 * publishes {@link ExitCompleted}. What each caller sees and does is {@link ExitAccess}'s; the
 * audit and the notices carry no interview, note or email.
 */
@Service
public class ExitService {

	public static final int MAX_NOTE = 1000;

	public static final int MAX_TEXT = 2000;

	public static final int MAX_SHORT = 200;

	public static final int MAX_ITEM = 300;

	public static final int MAX_DESCRIPTION = 500;

	public static final int MAX_ROWS = 30;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final ExitProtocols exits;

	private final ExitReasonService reasons;

	private final ExitAccess access;

	private final PeopleDirectory directory;

	private final PeopleService people;

	private final AccountService accounts;

	private final GoodExits reviews;

	private final AlumniRegister register;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExitService(ExitProtocols exits, ExitReasonService reasons, ExitAccess access, PeopleDirectory directory,
			PeopleService people, AccountService accounts, GoodExits reviews, AlumniRegister register,
			ApplicationEventPublisher events, Clock clock) {
		this.exits = exits;
		this.reasons = reasons;
		this.access = access;
		this.directory = directory;
		this.people = people;
		this.accounts = accounts;
		this.reviews = reviews;
		this.register = register;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- may

	/** Whether the actor sees the exits page (their own, their reports', or all). */
	public boolean mayList(Actor actor) {
		return this.access.mayList(actor);
	}

	/** Whether the actor may start protocols (the "new" page): the talent lead, a manager. */
	public boolean mayStart(Actor actor) {
		return this.access.mayStartAny(actor);
	}

	/** Whether the actor may record the exit of someone who left before the platform: the talent lead. */
	public boolean mayRecordPastExit(Actor actor) {
		return this.access.isLead(actor);
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The exits the actor may see, open ones first: every one for the talent lead, their reports'
	 * for a manager, their own for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<ExitSummary> list(Actor actor) {
		if (!this.access.mayList(actor)) {
			throw new PermissionDenied("alumni.exit.denied", "You may not see exit protocols");
		}
		List<ExitProtocol> found = new ArrayList<>();
		if (this.access.seesAll(actor)) {
			found.addAll(this.exits.findAllByOrderByStartedAtDesc());
		}
		else {
			found.addAll(this.exits.findByPersonIdOrderByStartedAtDesc(actor.personId().value()));
			if (actor.has(Role.MANAGER)) {
				found.addAll(this.exits.findByManagerIdOrderByStartedAtDesc(actor.personId().value()));
			}
		}
		Map<UUID, PersonSummary> names = this.directory.summaries(found.stream().map(ExitProtocol::personId).toList());
		return found.stream()
			.distinct()
			.map((e) -> Map.entry(e, this.access.reader(actor, e)))
			.filter((entry) -> entry.getValue().isPresent())
			.sorted(Comparator.comparing((Map.Entry<ExitProtocol, Optional<Reader>> entry) -> !entry.getKey().open())
				.thenComparing((entry) -> entry.getKey().startedAt(), Comparator.reverseOrder()))
			.map((entry) -> {
				ExitProtocol e = entry.getKey();
				Reader reader = entry.getValue().get();
				PersonSummary person = names.get(e.personId());
				return new ExitSummary(e.id(), e.personId(), (person != null) ? person.fullName() : "",
						e.state(), e.leavingOn(), reasonLabel(e.reasonCode()),
						(reader == Reader.MANAGER) ? null : e.consentActive(), e.pastExit(), e.fromTourId() != null,
						reader == Reader.LEAVER);
			})
			.toList();
	}

	/** A protocol as the actor may see it; one they may not see does not exist for them (404). */
	@Transactional(readOnly = true)
	public ExitView get(Actor actor, UUID exitId) {
		ExitProtocol exit = find(exitId);
		return view(exit, this.access.require(actor, exit));
	}

	/** The open protocol of the actor's own, if any: the leaver's own view links to it. */
	@Transactional(readOnly = true)
	public Optional<UUID> myOpenExit(Actor actor) {
		if (actor == null || actor.personId() == null) {
			return Optional.empty();
		}
		return this.exits.findByOpenPersonId(actor.personId().value()).map(ExitProtocol::id);
	}

	// ---------------------------------------------------------------- starting

	/** Starts the protocol of a person still employed, with a planned leaving date. */
	@Transactional
	public UUID start(Actor actor, StartExit command) {
		if (!this.access.mayStartAny(actor)) {
			throw new PermissionDenied("alumni.exit.denied", "Only the talent lead or a manager starts exit protocols");
		}
		if (command.personId() == null) {
			throw new InvalidInput("personId", "alumni.exit.personRequired", "Choose the person who is leaving");
		}
		PersonView person = this.directory.find(PersonId.of(command.personId()))
			.filter((p) -> !p.erased())
			.orElseThrow(() -> new InvalidInput("personId", "alumni.exit.personUnknown", "There is no such person"));
		if (!this.access.mayStart(actor, PersonId.of(person.id()))) {
			throw new InvalidInput("personId", "alumni.exit.personNotYours",
					"You may start the exit protocol only of someone reporting to you");
		}
		if (person.status() == PersonStatus.LEFT) {
			throw new InvalidInput("personId", "alumni.exit.alreadyLeft",
					"This person has already left: record their past exit instead");
		}
		if (command.leavingOn() == null) {
			throw new InvalidInput("leavingOn", "alumni.exit.leavingOnRequired", "Give the planned leaving date");
		}
		requireAfterHire(person, command.leavingOn());
		requireNoOpenExit(person.id());
		ExitProtocol exit = ExitProtocol.forLeaver(person.id(), person.managerId(), command.leavingOn(),
				actor.personId().value(), this.clock.instant());
		this.exits.save(exit);
		this.events.publishEvent(AuditEvent.career("alumni.exit.started", "alumniExit", exit.id(),
				AuditEvent.person(PersonId.of(person.id())), AuditEvent.text(command.leavingOn())));
		askLeaver(exit);
		return exit.id();
	}

	/**
	 * Starts the protocol of a talent whose tour ended in a good exit, with what the closing review
	 * said (if they have none open and still work here); the talent leads are told. Empty when
	 * nothing was started.
	 */
	@Transactional
	public Optional<UUID> startFromGoodExit(TourId tourId, PersonId talentId) {
		Optional<PersonView> person = this.directory.find(talentId).filter((p) -> !p.erased());
		if (person.isEmpty() || person.get().status() == PersonStatus.LEFT
				|| this.exits.findByOpenPersonId(talentId.value()).isPresent()) {
			return Optional.empty();
		}
		Optional<GoodExitSummary> review = this.reviews.goodExitSummary(tourId);
		ExitProtocol exit = ExitProtocol.forLeaver(talentId.value(), person.get().managerId(), null, null,
				this.clock.instant());
		exit.fromTour(tourId.value(), review.map(this::results).orElse(null),
				review.map(GoodExitSummary::gainedSkills).map((s) -> clip(s, MAX_TEXT)).orElse(null),
				review.map(GoodExitSummary::nextStepNote).map((s) -> clip(s, MAX_TEXT)).orElse(null));
		this.exits.save(exit);
		this.events.publishEvent(AuditEvent.career("alumni.exit.startedFromTour", "alumniExit", exit.id(),
				AuditEvent.person(talentId)));
		this.events.publishEvent(Notice.toRole("alumni.exit.fromTour", Role.TALENT_LEAD, "notice.alumni.exit.fromTour",
				List.of(person.get().fullName()), link(exit), "alumni.exit.fromTour." + exit.id()).about(talentId));
		askLeaver(exit);
		return Optional.of(exit.id());
	}

	private String results(GoodExitSummary review) {
		String joined = Stream.of(review.talentResults(), review.companyResults())
			.filter((s) -> s != null && !s.isBlank())
			.map(String::strip)
			.reduce((a, b) -> a + "\n\n" + b)
			.orElse(null);
		return (joined == null) ? null : clip(joined, 4000);
	}

	/**
	 * Records the protocol of someone who had already left before the platform (the talent lead):
	 * their leaving stays as the people module has it; the protocol is completed without recording
	 * it again.
	 */
	@Transactional
	public UUID recordPastExit(Actor actor, UUID personId) {
		if (!this.access.isLead(actor)) {
			throw new PermissionDenied("alumni.exit.denied", "Only the talent lead records a past exit");
		}
		if (personId == null) {
			throw new InvalidInput("personId", "alumni.exit.personRequired", "Choose the person who left");
		}
		PersonView person = this.directory.find(PersonId.of(personId))
			.filter((p) -> !p.erased())
			.orElseThrow(() -> new InvalidInput("personId", "alumni.exit.personUnknown", "There is no such person"));
		if (person.status() != PersonStatus.LEFT) {
			throw new InvalidInput("personId", "alumni.exit.notLeft",
					"This person still works here: start their exit protocol instead");
		}
		requireNoOpenExit(personId);
		if (this.exits.findByPersonIdOrderByStartedAtDesc(personId).stream()
			.anyMatch((e) -> e.state() == ExitState.COMPLETED && e.completedAt() != null && e.pastExit())) {
			throw new BusinessRuleViolation("alumni.exit.pastRecorded", "This person's past exit is already recorded");
		}
		LocalDate leftOn = this.people.employmentHistory(actor, PersonId.of(personId))
			.orElse(List.of())
			.stream()
			.map(EmploymentPeriodView::endedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> new BusinessRuleViolation("alumni.exit.noLeaving", "This person's leaving date is not known"));
		ExitProtocol exit = ExitProtocol.forPastExit(personId, leftOn, actor.personId().value(), this.clock.instant());
		this.exits.save(exit);
		this.events.publishEvent(AuditEvent.career("alumni.exit.pastRecorded", "alumniExit", exit.id(),
				AuditEvent.person(PersonId.of(personId)), AuditEvent.text(leftOn)));
		askLeaver(exit);
		return exit.id();
	}

	private void requireNoOpenExit(UUID personId) {
		if (this.exits.findByOpenPersonId(personId).isPresent()) {
			throw new BusinessRuleViolation("alumni.exit.alreadyOpen", "This person already has an exit protocol in progress");
		}
	}

	private void requireAfterHire(PersonView person, LocalDate leavingOn) {
		if (person.hireDate() != null && leavingOn.isBefore(person.hireDate())) {
			throw new InvalidInput("leavingOn", "alumni.exit.beforeHire",
					"The leaving date cannot be before the hire date (%s)".formatted(person.hireDate()), person.hireDate());
		}
	}

	/**
	 * The leaver is asked for their consent and their interview on their own view of the protocol.
	 * Someone whose past exit is recorded has left already: if they are an alumnus who may not be
	 * contacted (they withdrew their consent), nobody writes to them, not even to ask again.
	 */
	private void askLeaver(ExitProtocol exit) {
		PersonId leaver = PersonId.of(exit.personId());
		if (exit.pastExit() && this.register.record(leaver).isPresent() && !this.register.contactable(leaver)) {
			return;
		}
		this.events.publishEvent(Notice.toPeople("alumni.exit.started", Set.of(exit.personId()),
				"notice.alumni.exit.started", List.of(), link(exit), "alumni.exit.started." + exit.id())
			.asking(actionKey(exit)));
	}

	// ---------------------------------------------------------------- sections

	/** Section 1: leaving date, reason and rehire eligibility (the talent lead). */
	@Transactional
	public void saveReason(Actor actor, UUID exitId, ReasonSection section, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::editReason);
		if (section.reasonCode() == null || section.reasonCode().isBlank()) {
			throw new InvalidInput("reasonCode", "alumni.exit.reasonRequired", "Choose the reason for leaving");
		}
		ExitReasonView reason = this.reasons.find(section.reasonCode().strip())
			.filter((r) -> r.active() || r.code().equals(exit.reasonCode()))
			.orElseThrow(() -> new InvalidInput("reasonCode", "alumni.exit.reasonUnknown", "Choose one of the exit reasons"));
		LocalDate leavingOn = exit.pastExit() ? exit.leavingOn() : section.leavingOn();
		if (leavingOn == null) {
			throw new InvalidInput("leavingOn", "alumni.exit.leavingOnRequired", "Give the planned leaving date");
		}
		if (!exit.pastExit()) {
			requireAfterHire(this.directory.get(PersonId.of(exit.personId())), leavingOn);
		}
		RehireEligibility eligibility = (section.eligibility() != null) ? section.eligibility()
				: reason.defaultEligibility();
		String note = text(section.eligibilityNote(), "eligibilityNote", MAX_NOTE);
		if (eligibility != reason.defaultEligibility() && note == null) {
			throw new InvalidInput("eligibilityNote", "alumni.exit.eligibilityNoteRequired",
					"Say why the rehire eligibility differs from the reason's default (%s)"
						.formatted(reason.defaultEligibility()), reason.defaultEligibility());
		}
		exit.reason(leavingOn, reason.code(), eligibility, note);
		audit(exit, "reason");
	}

	/** Section 2: the connection protocol proposed (the talent lead or the leaver), until the leaver consents. */
	@Transactional
	public void saveConnection(Actor actor, UUID exitId, ConnectionSection section, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::editConnection);
		String email = text(section.email(), "email", 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput("email", "alumni.exit.emailInvalid", "Give a valid email address, such as name@example.org");
		}
		exit.connection(email, section.channels(), section.cadence());
		audit(exit, "connection");
	}

	/**
	 * The leaver consents to be contacted after leaving, at this private email, through these
	 * channels, this often: theirs alone to give, recorded with its time. Refused without a channel
	 * or a valid email.
	 */
	@Transactional
	public void giveConsent(Actor actor, UUID exitId, ConnectionSection consent) {
		ExitProtocol exit = writable(actor, exitId, null, Abilities::giveConsent);
		String email = (consent.email() == null) ? null : consent.email().strip();
		if (email == null || email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw new InvalidInput("email", "alumni.exit.consent.emailRequired",
					"Give the private email you want to be contacted at, such as name@example.org");
		}
		if (consent.channels().isEmpty()) {
			throw new InvalidInput("channels", "alumni.exit.consent.channelRequired",
					"Choose at least one way to be contacted");
		}
		if (consent.cadence() == null) {
			throw new InvalidInput("cadence", "alumni.exit.consent.cadenceRequired", "Choose how often you want to hear from us");
		}
		exit.consent(email, consent.channels(), consent.cadence(), this.clock.instant());
		this.events.publishEvent(AuditEvent.career("alumni.exit.consentGiven", "alumniExit", exit.id(),
				AuditEvent.person(PersonId.of(exit.personId()))));
	}

	/** The leaver withdraws their consent while the protocol is open. */
	@Transactional
	public void withdrawConsent(Actor actor, UUID exitId) {
		ExitProtocol exit = writable(actor, exitId, null, Abilities::withdrawConsent);
		exit.withdrawConsent(this.clock.instant());
		this.events.publishEvent(AuditEvent.career("alumni.exit.consentWithdrawn", "alumniExit", exit.id(),
				AuditEvent.person(PersonId.of(exit.personId()))));
	}

	/** Section 3: the collaboration opportunities, all at once (the talent lead, the manager). */
	@Transactional
	public void saveCollaborations(Actor actor, UUID exitId, List<Collaboration> collaborations, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::editCollaborations);
		List<Collaboration> rows = (collaborations == null) ? List.of() : collaborations;
		requireRows(rows, "collaborations");
		List<CollaborationEntry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Collaboration row = rows.get(i);
			String prefix = "collaborations[" + i + "].";
			if (row == null || row.kind() == null) {
				throw new InvalidInput(prefix + "kind", "alumni.exit.collaboration.kindRequired",
						"Choose what kind of collaboration it is");
			}
			entries.add(new CollaborationEntry(row.kind(), text(row.description(), prefix + "description", MAX_DESCRIPTION),
					owner(row.ownerId(), prefix + "ownerId"), row.dueOn()));
		}
		exit.collaborations(entries);
		audit(exit, "collaborations");
	}

	/** Section 4: the re-entry discussion (the talent lead). */
	@Transactional
	public void saveReentry(Actor actor, UUID exitId, ReentrySection section, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::editReentry);
		if (section.openToReturn() == null) {
			throw new InvalidInput("openToReturn", "alumni.exit.reentry.openRequired", "Say whether they are open to return");
		}
		exit.reentry(section.openToReturn(), text(section.when(), "when", MAX_SHORT),
				text(section.conditions(), "conditions", MAX_TEXT));
		audit(exit, "reentry");
	}

	/** Section 5: the knowledge handover checklist, all at once (the talent lead, the manager). */
	@Transactional
	public void saveHandover(Actor actor, UUID exitId, List<HandoverItem> items, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::editHandover);
		List<HandoverItem> rows = (items == null) ? List.of() : items;
		requireRows(rows, "handover");
		List<HandoverEntry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HandoverItem row = rows.get(i);
			String prefix = "handover[" + i + "].";
			String item = (row == null) ? null : text(row.item(), prefix + "item", MAX_ITEM);
			if (item == null) {
				throw new InvalidInput(prefix + "item", "alumni.exit.handover.itemRequired", "Say what is to be handed over");
			}
			entries.add(new HandoverEntry(item, owner(row.ownerId(), prefix + "ownerId"), row.dueOn(),
					Boolean.TRUE.equals(row.done())));
		}
		exit.handover(entries);
		audit(exit, "handover");
	}

	/** Section 6: the exit interview, the leaver's own, named or anonymous. */
	@Transactional
	public void saveInterview(Actor actor, UUID exitId, InterviewSection section, Long expectedVersion) {
		ExitProtocol exit = writable(actor, exitId, expectedVersion, Abilities::giveInterview);
		if (section.anonymity() == null) {
			throw new InvalidInput("anonymity", "alumni.exit.interview.anonymityRequired",
					"Choose whether your interview is named or anonymous");
		}
		if (section.reasonCode() == null || this.reasons.find(section.reasonCode().strip()).isEmpty()) {
			throw new InvalidInput("interviewReasonCode", "alumni.exit.interview.reasonRequired",
					"Choose the main reason you are leaving");
		}
		exit.interview(section.anonymity(), section.reasonCode().strip(),
				text(section.wouldHaveKept(), "wouldHaveKept", MAX_TEXT), text(section.comments(), "comments", MAX_TEXT),
				this.clock.instant());
		this.events.publishEvent(AuditEvent.career("alumni.exit.interviewGiven", "alumniExit", exit.id(),
				AuditEvent.term("alumni.exit.anonymity." + section.anonymity())));
	}

	// ---------------------------------------------------------------- completing

	/**
	 * Completes the protocol (the talent lead), in one transaction: records the leaving with the
	 * people module (which ends the staff access), opens the alumni portal at the consented email
	 * if the leaver consented, and publishes {@link ExitCompleted}. Anything refused on the way
	 * leaves nothing stored. A past exit records no leaving again.
	 */
	@Transactional
	public CompletedExit complete(Actor actor, UUID exitId) {
		ExitProtocol exit = find(exitId);
		Reader reader = this.access.require(actor, exit);
		if (!exit.open()) {
			throw new BusinessRuleViolation("alumni.exit.alreadyCompleted", "This exit is already completed");
		}
		this.access.require(this.access.abilities(reader, exit).complete());
		ExitReasonView reason = this.reasons.find(exit.reasonCode()).orElse(null);
		exit.complete(this.clock.instant());
		this.exits.saveAndFlush(exit);
		PersonId personId = PersonId.of(exit.personId());
		if (!exit.pastExit()) {
			this.people.recordLeaving(actor, personId, exit.leavingOn(), reason.label());
		}
		AlumniAccess portal = null;
		if (exit.consentActive() && reason.kind().inGoodStanding()) {
			portal = this.accounts.openAlumniAccess(personId, exit.privateEmail());
		}
		this.events.publishEvent(NoticeDone.forEveryone(actionKey(exit)));
		this.events.publishEvent(AuditEvent.career("alumni.exit.completed", "alumniExit", exit.id(),
				AuditEvent.person(personId), AuditEvent.text(exit.leavingOn()),
				AuditEvent.term("alumni.exit.kind." + reason.kind())));
		this.events.publishEvent(new ExitCompleted(personId, exit.leavingOn(), reason.code(), reason.kind(),
				exit.eligibility(), exit.consent(), exit.interviewReasonCode()));
		return new CompletedExit(exit.leavingOn(), portal);
	}

	// ---------------------------------------------------------------- helpers

	private ExitProtocol writable(Actor actor, UUID exitId, Long expectedVersion,
			java.util.function.Predicate<Abilities> ability) {
		ExitProtocol exit = find(exitId);
		Reader reader = this.access.require(actor, exit);
		if (!exit.open()) {
			throw new BusinessRuleViolation("alumni.exit.completed", "This exit is completed: it no longer changes");
		}
		this.access.require(ability.test(this.access.abilities(reader, exit)));
		if (expectedVersion != null && exit.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The exit protocol changed since it was read");
		}
		return exit;
	}

	private ExitProtocol find(UUID exitId) {
		return this.exits.findById(exitId).orElseThrow(ExitAccess::notFound);
	}

	private static void requireRows(Collection<?> rows, String field) {
		if (rows.size() > MAX_ROWS) {
			throw new InvalidInput(field, "alumni.exit.tooManyRows", "At most %d rows".formatted(MAX_ROWS), MAX_ROWS);
		}
	}

	private UUID owner(UUID ownerId, String field) {
		if (ownerId == null) {
			throw new InvalidInput(field, "alumni.exit.ownerRequired", "Choose who owns it");
		}
		PersonView owner = this.directory.find(PersonId.of(ownerId))
			.filter((p) -> !p.erased() && p.status() != PersonStatus.LEFT)
			.orElseThrow(() -> new InvalidInput(field, "alumni.exit.ownerUnknown", "Choose someone who works here"));
		return owner.id();
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidInput(field, "alumni.exit.tooLong", "At most %d characters".formatted(max), max);
		}
		return stripped;
	}

	private static String clip(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	private void audit(ExitProtocol exit, String section) {
		this.events.publishEvent(AuditEvent.career("alumni.exit.sectionSaved", "alumniExit", exit.id(),
				AuditEvent.term("alumni.exit.section." + section), AuditEvent.person(PersonId.of(exit.personId()))));
	}

	private static String link(ExitProtocol exit) {
		return "/alumni/exits/" + exit.id();
	}

	private static String actionKey(ExitProtocol exit) {
		return "alumni.exit.leaver." + exit.id();
	}

	private String reasonLabel(String code) {
		return this.reasons.find(code).map(ExitReasonView::label).orElse(null);
	}

	private ExitView view(ExitProtocol exit, Reader reader) {
		Abilities may = this.access.abilities(reader, exit);
		boolean full = reader != Reader.MANAGER;
		boolean interview = may.readInterview();
		List<UUID> ids = new ArrayList<>();
		ids.add(exit.personId());
		if (exit.managerId() != null) {
			ids.add(exit.managerId());
		}
		exit.collaborations().forEach((c) -> ids.add(c.ownerId()));
		exit.handover().forEach((h) -> ids.add(h.ownerId()));
		Map<UUID, PersonSummary> names = this.directory.summaries(ids.stream().filter(Objects::nonNull).distinct().toList());
		PersonSummary person = names.get(exit.personId());
		PersonSummary manager = (exit.managerId() != null) ? names.get(exit.managerId()) : null;
		Optional<ExitReasonView> reason = this.reasons.find(exit.reasonCode());
		LocalDate hireDate = full ? this.directory.find(PersonId.of(exit.personId())).map(PersonView::hireDate).orElse(null)
				: null;
		return new ExitView(exit.id(), exit.personId(), (person != null) ? person.fullName() : "",
				(manager != null) ? manager.fullName() : null, exit.state(), exit.pastExit(), exit.leavingOn(),
				exit.startedAt(), hireDate, exit.fromTourId() != null, full ? exit.tourResults() : null,
				full ? exit.tourSkills() : null, full ? exit.tourNextStep() : null, exit.reasonCode(),
				reason.map(ExitReasonView::label).orElse(null),
				full ? reason.map(ExitReasonView::kind).orElse(null) : null, full ? exit.eligibility() : null,
				full ? exit.eligibilityNote() : null, full ? exit.privateEmail() : null,
				full ? exit.channels() : Set.of(), full ? exit.cadence() : null, full ? exit.consentGivenAt() : null,
				full ? exit.consentWithdrawnAt() : null,
				exit.collaborations().stream().map((c) -> new CollaborationView(c.kind(), c.description(), c.ownerId(),
						nameOf(names, c.ownerId()), employeeIdOf(names, c.ownerId()), c.dueOn())).toList(),
				full ? exit.openToReturn() : null, full ? exit.returnWhen() : null, full ? exit.returnConditions() : null,
				exit.handover().stream().map((h) -> new HandoverView(h.item(), h.ownerId(), nameOf(names, h.ownerId()),
						employeeIdOf(names, h.ownerId()), h.dueOn(), h.done())).toList(),
				full && exit.interviewGiven(), full ? exit.interviewAnonymity() : null,
				interview ? exit.interviewReasonCode() : null, interview ? exit.interviewWouldHaveKept() : null,
				interview ? exit.interviewComments() : null, exit.completedAt(), exit.version(), reader, may);
	}

	private static String nameOf(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = (id != null) ? names.get(id) : null;
		return (person != null) ? person.fullName() : null;
	}

	private static String employeeIdOf(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = (id != null) ? names.get(id) : null;
		return (person != null) ? person.employeeId() : null;
	}

}
