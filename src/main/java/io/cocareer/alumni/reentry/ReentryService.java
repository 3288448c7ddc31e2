package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.ReentryDecided;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.internal.ReentryAccess;
import io.cocareer.alumni.reentry.internal.ReentryRequest;
import io.cocareer.alumni.reentry.internal.ReentryRequests;
import io.cocareer.alumni.reentry.internal.RepatriationPlan;
import io.cocareer.alumni.reentry.internal.RepatriationPlans;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumnusNow;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.alumni.register.InteractionView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-entry: an alumnus asks to come back (or the talent lead starts it for them), the talent
 * lead and the hiring manager they name re-evaluate alignment ({@link ReentryFit}) on what the
 * register says of the relationship since exit, decide with a rationale, and the lead rehires a
 * fit through the people module, which opens a new employment period of the same person and
 * makes the repatriation plan. Who sees and does what is {@code internal.ReentryAccess}'s; audit
 * entries and notices carry no word of the evaluation.
 */
@Service
public class ReentryService {

	public static final int MAX_ROLE = 200;

	public static final int MAX_TEXT = 1000;

	public static final int MAX_WHY = 2000;

	public static final int MAX_RATIONALE = 2000;

	private final ReentryRequests requests;

	private final RepatriationPlans plans;

	private final ReentryAccess access;

	private final AlumniRegister register;

	private final AlumniDirectory profiles;

	private final PeopleDirectory directory;

	private final PeopleService people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReentryService(ReentryRequests requests, RepatriationPlans plans, ReentryAccess access, AlumniRegister register,
			AlumniDirectory profiles, PeopleDirectory directory, PeopleService people, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.plans = plans;
		this.access = access;
		this.register = register;
		this.profiles = profiles;
		this.directory = directory;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	private static String now(AlumnusNow now) {
		String where = java.util.stream.Stream.of(now.roleTitle(), now.employer())
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
		return now.skills().isEmpty() ? where : where + (where.isEmpty() ? "" : "; ") + String.join(", ", now.skills());
	}

	// ---------------------------------------------------------------- what the pages show

	/** Whether the actor may ask to come back (an alumnus): the portal shows the form by it. */
	public boolean mayAsk(Actor actor) {
		return this.access.mayAsk(actor);
	}

	/** Whether the actor sees the evaluators' list (the lead, a manager). */
	public boolean mayListEvaluations(Actor actor) {
		return this.access.mayListEvaluations(actor);
	}

	/** Whether the actor starts requests for alumni and rehires (the talent lead). */
	public boolean isLead(Actor actor) {
		return this.access.isLead(actor);
	}

	// ---------------------------------------------------------------- asking

	/** The alumnus asks to come back; the talent lead is told. */
	@Transactional
	public UUID ask(Actor actor, AskToReturn ask) {
		UUID personId = this.access.requireAsker(actor);
		checkAsk(ask, true);
		requireAlumnus(personId, null);
		ReentryRequest request = open(personId, ReentryOrigin.ALUMNUS, personId, ask);
		String name = this.directory.find(PersonId.of(personId)).map(PersonView::fullName).orElse("");
		this.events.publishEvent(Notice.toRole("alumni.reentry.asked", Role.TALENT_LEAD, "notice.alumni.reentry.asked",
				List.of(name), "/alumni/reentry/" + request.id(), "alumni.reentry.asked." + request.id())
			.about(PersonId.of(personId)));
		return request.id();
	}

	/** The talent lead starts a request for an alumnus, and may name the hiring manager at once. */
	@Transactional
	public UUID start(Actor actor, UUID personId, AskToReturn ask, UUID hiringManagerId) {
		UUID leadId = this.access.requireLead(actor);
		if (personId == null) {
			throw new InvalidInput("personId", "alumni.reentry.personRequired", "Choose the alumnus");
		}
		checkAsk(ask, false);
		requireAlumnus(personId, "personId");
		if (hiringManagerId != null) {
			requireHiringManager(personId, hiringManagerId);
		}
		ReentryRequest request = open(personId, ReentryOrigin.ORGANISATION, leadId, ask);
		if (hiringManagerId != null) {
			request.evaluate(new SaveEvaluation(hiringManagerId, null, null, false, null, null, null, null, null, null),
					this.clock.instant());
			notifyNamed(request);
		}
		return request.id();
	}

	private ReentryRequest open(UUID personId, ReentryOrigin origin, UUID startedBy, AskToReturn ask) {
		if (this.requests.findByPersonIdOrderByCreatedAtDesc(personId).stream().anyMatch(ReentryRequest::open)) {
			throw new BusinessRuleViolation("alumni.reentry.alreadyOpen",
					"There is already an open request to come back for this person: it is decided first");
		}
		ReentryRequest request = new ReentryRequest(personId, origin, startedBy, clean(ask), this.clock.instant());
		this.requests.save(request);
		this.events.publishEvent(AuditEvent.career("alumni.reentry.asked", "reentryRequest", request.id(),
				AuditEvent.person(PersonId.of(personId)), AuditEvent.term("audit.alumniReentryOrigin." + origin)));
		return request;
	}

	private void checkAsk(AskToReturn ask, boolean byAlumnus) {
		if (ask.targetRole() == null || ask.targetRole().isBlank()) {
			throw new InvalidInput("targetRole", "alumni.reentry.targetRoleRequired", "Say what role or kind of work");
		}
		length("targetRole", ask.targetRole(), MAX_ROLE);
		length("employersSince", ask.employersSince(), MAX_TEXT);
		length("newSkills", ask.newSkills(), MAX_TEXT);
		length("whyReturn", ask.whyReturn(), MAX_WHY);
		if (byAlumnus && (ask.whyReturn() == null || ask.whyReturn().isBlank())) {
			throw new InvalidInput("whyReturn", "alumni.reentry.whyRequired", "Say why you want to come back");
		}
		if (ask.availableFrom() != null && ask.availableFrom().isBefore(today().minusYears(1))) {
			throw new InvalidInput("availableFrom", "alumni.reentry.availableFromPast", "The start date is in the past");
		}
	}

	private void requireAlumnus(UUID personId, String field) {
		boolean alumnus = this.register.record(PersonId.of(personId)).isPresent()
				&& this.directory.find(PersonId.of(personId)).map((p) -> p.status() == PersonStatus.LEFT && !p.erased())
					.orElse(false);
		if (!alumnus) {
			if (field != null) {
				throw new InvalidInput(field, "alumni.reentry.notAnAlumnus", "Choose an alumnus: someone who has left");
			}
			throw new BusinessRuleViolation("alumni.reentry.notAnAlumnus", "Only an alumnus asks to come back");
		}
	}

	// ---------------------------------------------------------------- reading

	/** The actor's own requests, newest first: what they asked and where it stands, never the evaluation. */
	@Transactional(readOnly = true)
	public List<MyReentryRequest> mine(Actor actor) {
		if (actor.personId() == null || (actor.isAdministrator() && !actor.isTalentLead())) {
			return List.of();
		}
		return this.requests.findByPersonIdOrderByCreatedAtDesc(actor.personId().value()).stream().map(ReentryService::mine)
			.toList();
	}

	/** One of the actor's own requests, as the alumnus reads it; empty when it is not theirs. */
	@Transactional(readOnly = true)
	public Optional<MyReentryRequest> mine(Actor actor, UUID requestId) {
		return this.requests.findById(requestId).filter((r) -> this.access.isAsker(actor, r)).map(ReentryService::mine);
	}

	/** A request as the alumnus reads it: in the portal and in the download of their data. */
	static MyReentryRequest mine(ReentryRequest r) {
		boolean decided = r.status() == ReentryStatus.DECIDED || r.status() == ReentryStatus.REHIRED;
		return new MyReentryRequest(r.id(), r.origin(), r.targetRole(), r.availableFrom(), r.employersSince(),
				r.newSkills(), r.whyReturn(), r.status(), decided ? r.decision() : null, decided ? r.decidedOn() : null,
				r.createdAt());
	}

	/** The requests the actor evaluates: all of them for the lead, those naming them for a hiring manager. */
	@Transactional(readOnly = true)
	public List<ReentryRequestSummary> evaluations(Actor actor) {
		if (!this.access.mayListEvaluations(actor)) {
			return List.of();
		}
		List<ReentryRequest> found = this.access.isLead(actor) ? this.requests.findAllByOrderByCreatedAtDesc()
				: this.requests.findByHiringManagerIdOrderByCreatedAtDesc(actor.personId().value());
		found = found.stream().filter((r) -> this.access.mayEvaluate(actor, r)).toList();
		Set<UUID> ids = new HashSet<>();
		found.forEach((r) -> {
			ids.add(r.personId());
			if (r.hiringManagerId() != null) {
				ids.add(r.hiringManagerId());
			}
		});
		Map<UUID, PersonSummary> names = this.directory.summaries(ids);
		return found.stream()
			.map((r) -> new ReentryRequestSummary(r.id(), r.personId(), name(names, r.personId()), r.origin(),
					r.targetRole(), r.status(), r.decision(), (r.hiringManagerId() != null) ? name(names, r.hiringManagerId()) : null,
					r.createdAt()))
			.toList();
	}

	/** The request with its evaluation, for the lead and its hiring manager; 404 for everybody else. */
	@Transactional(readOnly = true)
	public ReentryRequestView evaluation(Actor actor, UUID requestId) {
		ReentryRequest request = this.access.requireEvaluator(actor, find(requestId));
		return view(actor, request);
	}

	/** The alumni the lead may start a request for: every alumnus who has left and has no open request. */
	@Transactional(readOnly = true)
	public List<PersonSummary> startable(Actor actor) {
		this.access.requireLead(actor);
		List<UUID> ids = this.register.all(actor).stream()
			.filter((a) -> a.rehiredOn() == null)
			.map((a) -> a.personId().value())
			.toList();
		Set<UUID> open = new HashSet<>();
		this.requests.findAll().stream().filter(ReentryRequest::open).forEach((r) -> open.add(r.personId()));
		return this.directory.summaries(ids).values().stream()
			.filter((p) -> p.status() == PersonStatus.LEFT && !open.contains(p.id()))
			.sorted(Comparator.comparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	// ---------------------------------------------------------------- evaluating and deciding

	/**
	 * Saves the evaluation (the lead or the hiring manager). Only the lead names the hiring manager
	 * and lifts a rehire eligibility of "no": what a hiring manager sends for them is ignored. The
	 * hiring manager newly named is told.
	 */
	@Transactional
	public void evaluate(Actor actor, UUID requestId, SaveEvaluation evaluation, Long expectedVersion) {
		ReentryRequest request = this.access.requireEvaluator(actor, find(requestId));
		requireVersion(request, expectedVersion);
		boolean lead = this.access.isLead(actor);
		UUID manager = lead ? evaluation.hiringManagerId() : request.hiringManagerId();
		String override = lead ? clean(evaluation.eligibilityOverrideNote()) : request.eligibilityOverrideNote();
		rating("priorRating", evaluation.priorRating());
		rating("interimRelevance", evaluation.interimRelevance());
		length("rootCauseNote", evaluation.rootCauseNote(), MAX_TEXT);
		length("premiumNote", evaluation.premiumNote(), MAX_TEXT);
		length("eligibilityOverrideNote", override, MAX_TEXT);
		if (evaluation.rootCauseFixed() && clean(evaluation.rootCauseNote()) == null) {
			throw new InvalidInput("rootCauseNote", "alumni.reentry.rootCauseNoteRequired",
					"Say how the cause of the leaving was fixed");
		}
		if (manager != null && !manager.equals(request.hiringManagerId())) {
			requireHiringManager(request.personId(), manager);
		}
		UUID before = request.hiringManagerId();
		request.evaluate(new SaveEvaluation(manager, evaluation.priorRating(), evaluation.interimRelevance(),
				evaluation.rootCauseFixed(), clean(evaluation.rootCauseNote()), evaluation.coordinationHeavy(),
				evaluation.outsiderResistant(), evaluation.realisticPremium(), clean(evaluation.premiumNote()), override),
				this.clock.instant());
		this.events.publishEvent(AuditEvent.career("alumni.reentry.evaluated", "reentryRequest", request.id(),
				AuditEvent.person(PersonId.of(request.personId()))));
		if (manager != null && !manager.equals(before)) {
			notifyNamed(request);
		}
	}

	private void notifyNamed(ReentryRequest request) {
		String name = this.directory.find(PersonId.of(request.personId())).map(PersonView::fullName).orElse("");
		this.events.publishEvent(Notice.toPeople("alumni.reentry.named", Set.of(request.hiringManagerId()),
				"notice.alumni.reentry.named", List.of(name), "/alumni/reentry/" + request.id(),
				"alumni.reentry.named." + request.id() + "." + request.hiringManagerId())
			.about(PersonId.of(request.personId())));
		this.events.publishEvent(AuditEvent.career("alumni.reentry.managerNamed", "reentryRequest", request.id(),
				AuditEvent.person(PersonId.of(request.hiringManagerId()))));
	}

	private void requireHiringManager(UUID alumnusId, UUID managerId) {
		PersonView manager = this.directory.find(PersonId.of(managerId)).orElse(null);
		if (manager == null || manager.status() != PersonStatus.ACTIVE || manager.erased() || managerId.equals(alumnusId)) {
			throw new InvalidInput("hiringManagerId", "alumni.reentry.hiringManagerInvalid",
					"Choose someone who works here as the hiring manager");
		}
	}

	/**
	 * Decides (the lead or the hiring manager) with a rationale, and publishes {@link ReentryDecided}
	 * with the prior rating. A fit needs a complete evaluation, an exit in good standing, and, when
	 * the register says no to a rehire, the lead's note lifting it. The alumnus is told the decision
	 * alone, if they may be contacted.
	 */
	@Transactional
	public void decide(Actor actor, UUID requestId, ReentryDecision decision, String rationale, Long expectedVersion) {
		ReentryRequest request = this.access.requireEvaluator(actor, find(requestId));
		requireVersion(request, expectedVersion);
		if (decision == null) {
			throw new InvalidInput("decision", "alumni.reentry.decisionRequired", "Choose fit, not now or no");
		}
		if (rationale == null || rationale.isBlank()) {
			throw new InvalidInput("rationale", "alumni.reentry.rationaleRequired", "Give the reasons for the decision");
		}
		length("rationale", rationale, MAX_RATIONALE);
		if (decision == ReentryDecision.FIT) {
			ReentryRequestView view = view(actor, request);
			if (!view.assessment().eligible()) {
				throw new BusinessRuleViolation("alumni.reentry.notEligible",
						"Someone dismissed for cause is not eligible to return");
			}
			if (view.eligibilityBlocksFit()) {
				throw new BusinessRuleViolation("alumni.reentry.eligibilityNo",
						"The register says no to a rehire: the talent lead lifts it with a note first");
			}
			if (!view.assessment().complete()) {
				throw new BusinessRuleViolation("alumni.reentry.evaluationIncomplete",
						"Score every factor before deciding on a fit");
			}
		}
		LocalDate today = today();
		request.decide(decision, rationale.strip(), today, actor.personId().value());
		this.events.publishEvent(new ReentryDecided(PersonId.of(request.personId()), decision, request.priorRating(), today));
		this.events.publishEvent(AuditEvent.career("alumni.reentry.decided", "reentryRequest", request.id(),
				AuditEvent.person(PersonId.of(request.personId()))));
		if (this.register.contactable(PersonId.of(request.personId()))) {
			this.events.publishEvent(Notice.toPeople("alumni.reentry.decided", Set.of(request.personId()),
					"notice.alumni.reentry.decided." + decision, List.of(), "/portal/return",
					"alumni.reentry.decided." + request.id()));
		}
	}

	// ---------------------------------------------------------------- rehiring

	/**
	 * The lead rehires a fit: the people module opens a new employment period of the same person in
	 * the unit (refused for someone still employed), gives them their title and manager, and
	 * publishes {@code PersonRehired} (identity gives staff access back, the register marks the
	 * return); the repatriation plan is made with its default items.
	 * @return the boomerang's person id (the plan is theirs)
	 */
	@Transactional
	public UUID rehire(Actor actor, RehireBoomerang rehire) {
		UUID leadId = this.access.requireLead(actor);
		if (rehire.requestId() == null) {
			throw new InvalidInput("requestId", "alumni.reentry.rehire.requestRequired", "Say which re-entry request");
		}
		ReentryRequest request = this.requests.findById(rehire.requestId())
			.filter((r) -> this.access.mayEvaluate(actor, r))
			.orElseThrow(ReentryAccess::notFound);
		if (request.status() != ReentryStatus.DECIDED || request.decision() != ReentryDecision.FIT) {
			throw new BusinessRuleViolation("alumni.reentry.rehire.notFit", "Only a request decided as a fit is rehired");
		}
		if (rehire.on() == null) {
			throw new InvalidInput("on", "alumni.reentry.rehire.dateRequired", "Say from when");
		}
		if (rehire.unitId() == null) {
			throw new InvalidInput("unitId", "alumni.reentry.rehire.unitRequired", "Choose the unit");
		}
		if (rehire.managerId() == null) {
			throw new InvalidInput("managerId", "alumni.reentry.rehire.managerRequired", "Choose the manager");
		}
		length("title", rehire.title(), MAX_ROLE);
		if (rehire.on().isAfter(today().plusYears(1))) {
			throw new InvalidInput("on", "alumni.reentry.rehire.tooFar", "A rehire starts within a year");
		}
		PersonView manager = this.directory.find(PersonId.of(rehire.managerId())).orElse(null);
		if (manager == null || manager.status() != PersonStatus.ACTIVE || rehire.managerId().equals(request.personId())) {
			throw new InvalidInput("managerId", "alumni.reentry.rehire.managerInvalid", "Choose someone who works here as the manager");
		}
		UUID personId = request.personId();
		this.people.rehire(actor, PersonId.of(personId), rehire.on(), rehire.unitId());
		PersonView person = this.people.profile(actor, PersonId.of(personId)).person();
		String title = (clean(rehire.title()) != null) ? clean(rehire.title()) : person.title();
		this.people.update(actor, PersonId.of(personId), new SavePerson(person.employeeId(), person.firstName(), person.lastName(),
				person.email(), title, rehire.unitId(), rehire.managerId(), person.hireDate()), person.version());
		request.rehired(rehire.on());
		this.plans.findByPersonId(personId).ifPresent((old) -> {
			this.plans.delete(old);
			this.plans.flush();
		});
		RepatriationPlan plan = new RepatriationPlan(personId, request.id(), rehire.on(), rehire.unitId(),
				rehire.managerId(), leadId, this.clock.instant());
		this.plans.save(plan);
		this.events.publishEvent(AuditEvent.career("alumni.reentry.rehired", "reentryRequest", request.id(),
				AuditEvent.person(PersonId.of(personId)), AuditEvent.text(rehire.on())));
		Set<UUID> told = new HashSet<>(Set.of(rehire.managerId()));
		told.remove(actor.personId().value());
		if (!told.isEmpty()) {
			this.events.publishEvent(Notice.toPeople("alumni.reentry.plan.made", told, "notice.alumni.reentry.plan.made",
					List.of(person.fullName()), "/alumni/repatriation/" + personId, "alumni.reentry.plan.made." + plan.id())
				.about(PersonId.of(personId)));
		}
		return personId;
	}

	// ---------------------------------------------------------------- views

	private ReentryRequestView view(Actor actor, ReentryRequest r) {
		PersonId personId = PersonId.of(r.personId());
		Optional<AlumnusRecord> record = this.register.record(personId);
		List<InteractionView> interactions = this.register.interactions(personId);
		PersonView person = this.directory.find(personId).orElse(null);
		LocalDate today = today();
		LocalDate leftOn = record.map(AlumnusRecord::leftOn).orElse(null);
		LocalDate hiredOn = (person != null) ? person.hireDate() : null;
		Integer tenure = (hiredOn != null && leftOn != null) ? (int) ChronoUnit.MONTHS.between(hiredOn, leftOn) : null;
		LocalDate awayUntil = (r.rehiredOn() != null) ? r.rehiredOn() : today;
		int away = (leftOn != null) ? (int) Math.max(0, ChronoUnit.MONTHS.between(leftOn, awayUntil)) : 0;
		Integer sinceLast = interactions.stream()
			.map(InteractionView::occurredOn)
			.max(Comparator.naturalOrder())
			.map((last) -> (int) Math.max(0, ChronoUnit.MONTHS.between(last, today)))
			.orElse(null);
		int referrals = (int) interactions.stream().filter((i) -> i.kind() == InteractionKind.REFERRAL).count();
		FitAssessment assessment = record
			.map((a) -> ReentryFit.assess(new ReentryFit.Inputs(a.reasonKind(), r.rootCauseFixed(), r.priorRating(), tenure,
					away, r.interimRelevance(), a.tier(), sinceLast, referrals, r.coordinationHeavy(),
					r.outsiderResistant(), r.realisticPremium())))
			.orElse(new FitAssessment(List.of(), null, false));
		List<TimelineEntry> timeline = new ArrayList<>();
		record.ifPresent((a) -> timeline.add(new TimelineEntry(a.leftOn(), "EXIT", a.reasonKind().name(), null, false)));
		interactions.stream()
			.sorted(Comparator.comparing(InteractionView::occurredOn))
			.forEach((i) -> timeline.add(new TimelineEntry(i.occurredOn(), i.kind().name(), i.summary(), i.valueCents(), i.hired())));
		record.ifPresent((a) -> timeline.add(new TimelineEntry(a.distinguishedSince(), "TIER", a.tier().name(), null, false)));
		// where they say they are now: their new employer and the skills gained since, from their own profile
		this.profiles.nowOf(PersonId.of(r.personId()))
			.ifPresent((now) -> timeline.add(new TimelineEntry(now.since(), "PROFILE", now(now), null, false)));
		timeline.add(new TimelineEntry(LocalDate.ofInstant(r.createdAt(), this.clock.getZone()), "REQUEST", null, null, false));
		Set<UUID> ids = new HashSet<>();
		ids.add(r.personId());
		for (UUID id : new UUID[] { r.startedBy(), r.hiringManagerId(), r.decidedBy() }) {
			if (id != null) {
				ids.add(id);
			}
		}
		Map<UUID, PersonSummary> names = this.directory.summaries(ids);
		boolean lead = this.access.isLead(actor);
		boolean decided = r.status() == ReentryStatus.DECIDED || r.status() == ReentryStatus.REHIRED;
		return new ReentryRequestView(r.id(), r.personId(), name(names, r.personId()), r.origin(),
				(r.startedBy() != null) ? name(names, r.startedBy()) : null, r.targetRole(), r.availableFrom(),
				r.employersSince(), r.newSkills(), r.whyReturn(), r.status(), r.hiringManagerId(),
				(r.hiringManagerId() != null) ? name(names, r.hiringManagerId()) : null, leftOn,
				record.map(AlumnusRecord::reasonKind).orElse(null), record.map(AlumnusRecord::reasonCode).orElse(null),
				record.map(AlumnusRecord::eligibility).orElse(null), record.map(AlumnusRecord::tier).orElse(null), hiredOn,
				tenure, away, timeline, r.rootCauseFixed(), r.rootCauseNote(), r.priorRating(), r.interimRelevance(),
				r.coordinationHeavy(), r.outsiderResistant(), r.realisticPremium(), r.premiumNote(),
				r.eligibilityOverrideNote(), assessment, r.decision(), r.rationale(), r.decidedOn(),
				(r.decidedBy() != null) ? name(names, r.decidedBy()) : null, r.rehiredOn(), r.createdAt(), r.version(),
				!decided, lead && !decided, lead && r.status() == ReentryStatus.DECIDED && r.decision() == ReentryDecision.FIT);
	}

	private String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary summary = names.get(id);
		return (summary != null && !summary.fullName().isBlank()) ? summary.fullName() : this.directory.names(List.of()).formerColleague();
	}

	// ---------------------------------------------------------------- helpers

	private ReentryRequest find(UUID requestId) {
		return this.requests.findById(requestId).orElseThrow(ReentryAccess::notFound);
	}

	private static void requireVersion(ReentryRequest request, Long expectedVersion) {
		if (expectedVersion != null && request.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The request changed since it was read");
		}
	}

	private static void rating(String field, Integer value) {
		if (value != null && (value < 1 || value > 5)) {
			throw new InvalidInput(field, "alumni.reentry.ratingRange", "A rating is from 1 to 5", 1, 5);
		}
	}

	static void length(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidInput(field, "alumni.reentry.tooLong", "At most %d characters".formatted(max), max);
		}
	}

	static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static AskToReturn clean(AskToReturn ask) {
		return new AskToReturn(clean(ask.targetRole()), ask.availableFrom(), clean(ask.employersSince()),
				clean(ask.newSkills()), clean(ask.whyReturn()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
