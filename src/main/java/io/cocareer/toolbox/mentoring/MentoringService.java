package io.cocareer.toolbox.mentoring;

import java.time.Clock;
import java.time.LocalDate;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.assignment.Assignment;
import io.cocareer.toolbox.assignment.AssignmentProblem;
import io.cocareer.toolbox.assignment.AssignmentProblem.Candidate;
import io.cocareer.toolbox.assignment.Assignments;
import io.cocareer.toolbox.assignment.InfeasiblePins;
import io.cocareer.toolbox.mentoring.internal.Cohort;
import io.cocareer.toolbox.mentoring.internal.Cohorts;
import io.cocareer.toolbox.mentoring.internal.Feedback;
import io.cocareer.toolbox.mentoring.internal.Feedbacks;
import io.cocareer.toolbox.mentoring.internal.MenteeEnrolment;
import io.cocareer.toolbox.mentoring.internal.MenteeEnrolments;
import io.cocareer.toolbox.mentoring.internal.MentorEnrolment;
import io.cocareer.toolbox.mentoring.internal.MentorEnrolments;
import io.cocareer.toolbox.mentoring.internal.MentoringAccess;
import io.cocareer.toolbox.mentoring.internal.MentoringPair;
import io.cocareer.toolbox.mentoring.internal.MentoringPairs;
import io.cocareer.toolbox.mentoring.internal.PairReasons;
import io.cocareer.toolbox.mentoring.internal.PairRule;
import io.cocareer.toolbox.mentoring.internal.PairRules;
import io.cocareer.toolbox.mentoring.internal.PairScoring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring cohorts: creating one, enrolment as mentor and mentee, the matching (scored by
 * {@link PairScoring}, solved by {@link Assignments#optimal}), the lead's pins and bans, publishing
 * and ending. Who sees and does what is {@code MentoringAccess}'s. Every change is audited without
 * words; notices say only that a matching was published or a cohort ended.
 */
@Service
public class MentoringService {

	private static final Logger log = LoggerFactory.getLogger(MentoringService.class);

	public static final int MAX_TITLE = 200;

	public static final int MAX_GOAL = 2000;

	public static final int MAX_AVAILABILITY = 300;

	public static final int MIN_CAPACITY = 1;

	public static final int MAX_CAPACITY = 5;

	private final Cohorts cohorts;

	private final MentorEnrolments mentors;

	private final MenteeEnrolments mentees;

	private final PairRules rules;

	private final MentoringPairs pairs;

	private final Feedbacks feedbacks;

	private final MentoringAccess access;

	private final PeopleDirectory people;

	private final TalentPool pool;

	private final AccountService accounts;

	private final MentoringWeights weights;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MentoringService(Cohorts cohorts, MentorEnrolments mentors, MenteeEnrolments mentees, PairRules rules,
			MentoringPairs pairs, Feedbacks feedbacks, MentoringAccess access, PeopleDirectory people, TalentPool pool,
			AccountService accounts, MentoringWeights weights, ApplicationEventPublisher events, Clock clock) {
		this.cohorts = cohorts;
		this.mentors = mentors;
		this.mentees = mentees;
		this.rules = rules;
		this.pairs = pairs;
		this.feedbacks = feedbacks;
		this.access = access;
		this.people = people;
		this.pool = pool;
		this.accounts = accounts;
		this.weights = weights;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor takes part in mentoring (the card, the links). */
	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	/** Whether the actor runs cohorts (the talent lead). */
	public boolean mayManage(Actor actor) {
		return this.access.mayManage(actor);
	}

	public MentoringWeights weights() {
		return this.weights;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The cohorts the actor reads, latest start first: every one for the lead; for anyone else
	 * those open for enrolment and those they are enrolled in.
	 */
	@Transactional(readOnly = true)
	public List<MentoringCohortSummary> list(Actor actor) {
		UUID me = this.access.participant(actor);
		Set<UUID> mine = myCohorts(me);
		return this.cohorts.findAllByOrderByStartsOnDesc()
			.stream()
			.filter((c) -> this.access.mayRead(actor, c, mine.contains(c.id())))
			.map(this::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public MentoringCohortView get(Actor actor, UUID cohortId) {
		Cohort cohort = readable(actor, cohortId);
		boolean lead = this.access.mayManage(actor);
		UUID me = actor.personId().value();
		List<MentorEnrolment> mentorRows = this.mentors.findByCohortIdOrderByEnrolledAt(cohortId);
		List<MenteeEnrolment> menteeRows = this.mentees.findByCohortIdOrderByEnrolledAt(cohortId);
		List<MentoringPair> pairRows = this.pairs.findByCohortIdOrderByCreatedAt(cohortId);
		List<PairRule> ruleRows = this.rules.findByCohortIdOrderByCreatedAt(cohortId);
		Set<UUID> ids = new HashSet<>();
		mentorRows.forEach((m) -> ids.add(m.personId()));
		menteeRows.forEach((m) -> {
			ids.add(m.personId());
			ids.add(m.preferredMentorId());
		});
		Map<UUID, PersonSummary> summaries = this.people.summaries(ids.stream().filter((id) -> id != null).toList());
		PersonNames names = this.people.namesOf(summaries);
		Map<UUID, Long> assigned = pairRows.stream()
			.collect(Collectors.groupingBy(MentoringPair::mentorId, Collectors.counting()));
		Map<UUID, Long> pins = ruleRows.stream()
			.filter((r) -> r.kind() == RuleKind.PIN)
			.collect(Collectors.groupingBy(PairRule::mentorId, Collectors.counting()));
		Function<MentorEnrolment, MentoringMentorView> mentorView = (m) -> new MentoringMentorView(m.id(), m.personId(),
				names.of(PersonId.of(m.personId()), null), unitOf(summaries, m.personId()), m.capacity(),
				List.copyOf(PairScoring.topics(m.topics())), m.availability(), m.status(),
				assigned.getOrDefault(m.id(), 0L).intValue(), pins.getOrDefault(m.id(), 0L).intValue(), m.version());
		Function<MenteeEnrolment, MentoringMenteeView> menteeView = (m) -> new MentoringMenteeView(m.id(), m.personId(),
				names.of(PersonId.of(m.personId()), null), unitOf(summaries, m.personId()),
				List.copyOf(PairScoring.topics(m.goals())), m.preferredMentorId(),
				(m.preferredMentorId() != null) ? names.of(PersonId.of(m.preferredMentorId()), null) : null,
				m.preferOtherUnit(), m.previousMentor(), m.status(), m.unmatchedReason());
		MentoringMentorView myMentor = mentorRows.stream()
			.filter((m) -> m.personId().equals(me))
			.findFirst()
			.map(mentorView)
			.orElse(null);
		MentoringMenteeView myMentee = menteeRows.stream()
			.filter((m) -> m.personId().equals(me))
			.findFirst()
			.map(menteeView)
			.orElse(null);
		List<MentoringMentorView> mentorViews = List.of();
		List<MentoringMenteeView> menteeViews = List.of();
		List<MentoringPairSummary> pairViews = List.of();
		List<MentoringMenteeView> unmatched = List.of();
		List<MentoringRuleView> ruleViews = List.of();
		MentoringFeedbackSummary feedback = null;
		if (lead) {
			Map<UUID, MentorEnrolment> mentorById = byId(mentorRows, MentorEnrolment::id);
			Map<UUID, MenteeEnrolment> menteeById = byId(menteeRows, MenteeEnrolment::id);
			mentorViews = mentorRows.stream().map(mentorView).toList();
			menteeViews = menteeRows.stream().map(menteeView).toList();
			pairViews = pairRows.stream()
				.map((p) -> PairReasons.summary(p, cohort.title(), names, mentorById, menteeById))
				.sorted(Comparator.comparing(MentoringPairSummary::mentorName).thenComparing(MentoringPairSummary::menteeName))
				.toList();
			Set<UUID> paired = pairRows.stream().map(MentoringPair::menteeId).collect(Collectors.toSet());
			unmatched = (cohort.matchedAt() == null) ? List.of()
					: menteeRows.stream()
						.filter((m) -> m.enrolled() && !paired.contains(m.id()))
						.map(menteeView)
						.toList();
			ruleViews = ruleRows.stream()
				.filter((r) -> mentorById.containsKey(r.mentorId()) && menteeById.containsKey(r.menteeId()))
				.map((r) -> new MentoringRuleView(r.id(), r.menteeId(),
						names.of(PersonId.of(menteeById.get(r.menteeId()).personId()), null), r.mentorId(),
						names.of(PersonId.of(mentorById.get(r.mentorId()).personId()), null), r.kind()))
				.toList();
			feedback = feedbackSummary(pairRows.stream().map(MentoringPair::id).toList());
		}
		boolean before = cohort.status().beforePublishing();
		return new MentoringCohortView(cohort.id(), cohort.title(), cohort.goal(), cohort.startsOn(), cohort.endsOn(),
				cohort.status(), cohort.enrolling(), cohort.matchedAt(), lead ? cohort.runSettings() : null,
				cohort.version(), mentorViews, menteeViews, pairViews, unmatched, ruleViews, feedback, myMentor,
				myMentee, lead,
				(lead && before) || (myMentor == null && this.access.mayEnrolAsMentor(actor, cohort)),
				(lead && before) || (myMentee == null && this.access.mayEnrolAsMentee(actor, cohort, isTalent(me))),
				lead && cohort.enrolling(), lead && before,
				lead && cohort.status() == CohortStatus.MATCHED && !pairRows.isEmpty(),
				lead && cohort.status() == CohortStatus.RUNNING);
	}

	/**
	 * The reader's own mentoring: their published pairs on each side, their enrolments, the
	 * cohorts they may enrol in, and (a manager) which direct reports are in a pair, with whom.
	 */
	@Transactional(readOnly = true)
	public MyMentoring mine(Actor actor) {
		UUID me = this.access.participant(actor);
		List<MentoringPair> own = this.pairs.findByMenteePersonIdOrMentorPersonId(me, me)
			.stream()
			.filter((p) -> p.status() != PairStatus.DRAFT)
			.toList();
		List<UUID> reportIds = this.people.directReports(actor.personId()).stream().map(PersonSummary::id).toList();
		List<MentoringPair> ofReports = new ArrayList<>();
		for (UUID report : reportIds) {
			this.pairs.findByMenteePersonIdOrMentorPersonId(report, report)
				.stream()
				.filter((p) -> p.status() == PairStatus.ACTIVE)
				.forEach(ofReports::add);
		}
		List<MentorEnrolment> mentorRows = this.mentors.findByPersonId(me);
		List<MenteeEnrolment> menteeRows = this.mentees.findByPersonId(me);
		Set<UUID> cohortIds = new HashSet<>();
		own.forEach((p) -> cohortIds.add(p.cohortId()));
		ofReports.forEach((p) -> cohortIds.add(p.cohortId()));
		mentorRows.forEach((m) -> cohortIds.add(m.cohortId()));
		menteeRows.forEach((m) -> cohortIds.add(m.cohortId()));
		Map<UUID, Cohort> cohortById = byId(this.cohorts.findAllById(cohortIds), Cohort::id);
		Set<UUID> ids = new HashSet<>();
		own.forEach((p) -> {
			ids.add(p.menteePersonId());
			ids.add(p.mentorPersonId());
		});
		ofReports.forEach((p) -> {
			ids.add(p.menteePersonId());
			ids.add(p.mentorPersonId());
		});
		PersonNames names = this.people.names(ids);
		Map<UUID, MentorEnrolment> mentorById = byId(this.mentors.findByIdIn(
				own.stream().map(MentoringPair::mentorId).toList()), MentorEnrolment::id);
		Map<UUID, MenteeEnrolment> menteeById = byId(this.mentees.findAllById(
				own.stream().map(MentoringPair::menteeId).toList()), MenteeEnrolment::id);
		Function<MentoringPair, MentoringPairSummary> summary = (p) -> PairReasons.summary(p,
				cohortById.get(p.cohortId()).title(), names, mentorById, menteeById);
		List<MentoringPairSummary> asMentor = own.stream().filter((p) -> p.mentorPersonId().equals(me)).map(summary).toList();
		List<MentoringPairSummary> asMentee = own.stream().filter((p) -> p.menteePersonId().equals(me)).map(summary).toList();
		List<MyMentoring.Enrolment> enrolments = new ArrayList<>();
		mentorRows.forEach((m) -> {
			Cohort c = cohortById.get(m.cohortId());
			enrolments.add(new MyMentoring.Enrolment(c.id(), c.title(), c.status(), PairSide.MENTOR, m.status(), null));
		});
		menteeRows.forEach((m) -> {
			Cohort c = cohortById.get(m.cohortId());
			enrolments.add(new MyMentoring.Enrolment(c.id(), c.title(), c.status(), PairSide.MENTEE, m.status(),
					(c.status() == CohortStatus.RUNNING || c.status() == CohortStatus.ENDED) ? m.unmatchedReason()
							: null));
		});
		List<MentoringCohortSummary> open = this.cohorts.findByStatus(CohortStatus.ENROLLING)
			.stream()
			.filter(Cohort::enrolling)
			.map(this::summary)
			.toList();
		List<MyMentoring.ReportPair> reports = ofReports.stream().map((p) -> {
			boolean mentee = reportIds.contains(p.menteePersonId());
			UUID report = mentee ? p.menteePersonId() : p.mentorPersonId();
			UUID other = mentee ? p.mentorPersonId() : p.menteePersonId();
			return new MyMentoring.ReportPair(names.of(PersonId.of(report), null),
					mentee ? PairSide.MENTEE : PairSide.MENTOR, cohortById.get(p.cohortId()).title(),
					names.of(PersonId.of(other), null), p.status());
		}).toList();
		return new MyMentoring(asMentor, asMentee, enrolments, open, reports);
	}

	/** A mentor a mentee may name as preferred: one enrolled in the cohort. */
	public record MentorChoice(UUID personId, String name) {

	}

	/** The mentors enrolled in a cohort the actor reads, by name, for a mentee's preference. */
	@Transactional(readOnly = true)
	public List<MentorChoice> mentorChoices(Actor actor, UUID cohortId) {
		readable(actor, cohortId);
		List<MentorEnrolment> rows = this.mentors.findByCohortIdOrderByEnrolledAt(cohortId)
			.stream()
			.filter(MentorEnrolment::enrolled)
			.toList();
		PersonNames names = this.people.names(rows.stream().map(MentorEnrolment::personId).toList());
		return rows.stream()
			.map((m) -> new MentorChoice(m.personId(), names.of(PersonId.of(m.personId()), null)))
			.sorted(Comparator.comparing(MentorChoice::name))
			.toList();
	}

	// ---------------------------------------------------------------- cohorts

	/** The lead opens a cohort for enrolment. */
	@Transactional
	public UUID create(Actor actor, NewCohort command) {
		this.access.participant(actor);
		this.access.requireManager(actor);
		List<InvalidInput> problems = cohortProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Cohort cohort = this.cohorts.save(new Cohort(command.title().strip(), text(command.goal()),
				command.startsOn(), command.endsOn(), this.clock.instant()));
		audit("toolbox.mentoring.cohortCreated", cohort);
		return cohort.id();
	}

	@Transactional
	public void closeEnrolment(Actor actor, UUID cohortId) {
		Cohort cohort = managed(actor, cohortId);
		cohort.closeEnrolment();
		audit("toolbox.mentoring.enrolmentClosed", cohort);
	}

	/** Everything wrong with a cohort to create, field by field. */
	public static List<InvalidInput> cohortProblems(NewCohort command) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(command.title())) {
			problems.add(new InvalidInput("title", "toolbox.mentoring.title.required", "Give the cohort a title"));
		}
		else if (command.title().strip().length() > MAX_TITLE) {
			problems.add(new InvalidInput("title", "toolbox.mentoring.tooLong", "At most %d characters".formatted(MAX_TITLE),
					MAX_TITLE));
		}
		if (command.goal() != null && command.goal().strip().length() > MAX_GOAL) {
			problems.add(new InvalidInput("goal", "toolbox.mentoring.tooLong", "At most %d characters".formatted(MAX_GOAL),
					MAX_GOAL));
		}
		if (command.startsOn() == null) {
			problems.add(new InvalidInput("startsOn", "toolbox.mentoring.startsOn.required", "Give the first day"));
		}
		if (command.endsOn() == null) {
			problems.add(new InvalidInput("endsOn", "toolbox.mentoring.endsOn.required", "Give the last day"));
		}
		else if (command.startsOn() != null && command.endsOn().isBefore(command.startsOn())) {
			problems.add(new InvalidInput("endsOn", "toolbox.mentoring.endsOn.beforeStart",
					"The last day cannot be before the first"));
		}
		return problems;
	}

	// ---------------------------------------------------------------- enrolment

	/**
	 * Enrols a mentor: the actor themselves while enrolment is open, or (the lead) anyone of staff
	 * until the matching is published.
	 */
	@Transactional
	public UUID enrolMentor(Actor actor, UUID cohortId, MentorEnrolmentRequest request) {
		UUID me = this.access.participant(actor);
		Cohort cohort = readable(actor, cohortId);
		UUID personId = target(actor, request.personId(), cohort);
		List<InvalidInput> problems = mentorProblems(request, 0);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		PersonView person = this.people.find(PersonId.of(personId))
			.filter((p) -> p.status() != PersonStatus.LEFT && !p.erased())
			.orElseThrow(() -> new InvalidInput("personId", "toolbox.mentoring.person.unknown",
					"Choose someone who works here"));
		if (this.mentors.findByCohortIdAndPersonId(cohortId, person.id()).isPresent()) {
			throw new InvalidInput("personId", "toolbox.mentoring.enrol.twice",
					"Already enrolled as a mentor in this cohort");
		}
		MentorEnrolment enrolment = this.mentors.save(new MentorEnrolment(cohortId, personId, request.capacity(),
				joined(request.topics()), text(request.availability()), this.clock.instant()));
		audit("toolbox.mentoring.mentorEnrolled", cohort);
		if (!personId.equals(me)) {
			this.events.publishEvent(Notice.toPeople("toolbox.mentoring.enrolled", Set.of(personId),
					"notice.toolbox.mentoring.enrolledAsMentor", List.of(), link(cohortId),
					"toolbox.mentoring.enrolled." + enrolment.id()));
		}
		return enrolment.id();
	}

	/** Changes a mentor's capacity, topics and availability (the mentor or the lead), before publishing. */
	@Transactional
	public void changeMentor(Actor actor, UUID cohortId, UUID mentorId, MentorEnrolmentRequest request,
			long expectedVersion) {
		UUID me = this.access.participant(actor);
		Cohort cohort = readable(actor, cohortId);
		MentorEnrolment mentor = this.mentors.findById(mentorId)
			.filter((m) -> m.cohortId().equals(cohortId))
			.filter((m) -> this.access.mayManage(actor) || m.personId().equals(me))
			.orElseThrow(MentoringService::enrolmentNotFound);
		cohort.requireBeforePublishing();
		if (!mentor.enrolled()) {
			throw enrolmentNotFound();
		}
		if (mentor.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The enrolment changed since it was read");
		}
		int pinned = (int) this.rules.findByCohortIdOrderByCreatedAt(cohortId)
			.stream()
			.filter((r) -> r.kind() == RuleKind.PIN && r.mentorId().equals(mentorId))
			.count();
		List<InvalidInput> problems = mentorProblems(request, pinned);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		mentor.change(request.capacity(), joined(request.topics()), text(request.availability()));
		audit("toolbox.mentoring.mentorChanged", cohort);
	}

	/**
	 * Everything wrong with a mentor's enrolment, field by field.
	 * @param pinned pairs the lead pinned on this mentor (0 for a new enrolment): the capacity may not go below
	 */
	public static List<InvalidInput> mentorProblems(MentorEnrolmentRequest request, int pinned) {
		List<InvalidInput> problems = new ArrayList<>();
		if (request.capacity() == null) {
			problems.add(new InvalidInput("capacity", "toolbox.mentoring.capacity.required",
					"Say how many mentees you can take"));
		}
		else if (request.capacity() < MIN_CAPACITY || request.capacity() > MAX_CAPACITY) {
			problems.add(new InvalidInput("capacity", "toolbox.mentoring.capacity.range",
					"A mentor takes between %d and %d mentees".formatted(MIN_CAPACITY, MAX_CAPACITY), MIN_CAPACITY,
					MAX_CAPACITY));
		}
		else if (request.capacity() < pinned) {
			problems.add(new InvalidInput("capacity", "toolbox.mentoring.capacity.belowPins",
					"%d mentees are pinned to this mentor: the capacity cannot be lower".formatted(pinned), pinned));
		}
		topicProblems(problems, "topics", request.topics(), "toolbox.mentoring.topics.required",
				"Name at least one topic you can help with");
		if (request.availability() != null && request.availability().strip().length() > MAX_AVAILABILITY) {
			problems.add(new InvalidInput("availability", "toolbox.mentoring.tooLong",
					"At most %d characters".formatted(MAX_AVAILABILITY), MAX_AVAILABILITY));
		}
		return problems;
	}

	/**
	 * Enrols a mentee: a talent themselves while enrolment is open, or (the lead) any talent until
	 * the matching is published.
	 */
	@Transactional
	public UUID enrolMentee(Actor actor, UUID cohortId, MenteeEnrolmentRequest request) {
		UUID me = this.access.participant(actor);
		Cohort cohort = readable(actor, cohortId);
		UUID personId = target(actor, request.personId(), cohort);
		List<InvalidInput> problems = menteeProblems(request);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		PersonView person = this.people.find(PersonId.of(personId))
			.filter((p) -> p.status() != PersonStatus.LEFT && !p.erased())
			.orElseThrow(() -> new InvalidInput("personId", "toolbox.mentoring.person.unknown",
					"Choose someone who works here"));
		if (!isTalent(personId)) {
			throw new InvalidInput("personId", "toolbox.mentoring.mentee.notATalent",
					"Mentees are talents: choose a talent of the pool");
		}
		if (this.mentees.findByCohortIdAndPersonId(cohortId, person.id()).isPresent()) {
			throw new InvalidInput("personId", "toolbox.mentoring.enrol.twiceMentee",
					"Already enrolled as a mentee in this cohort");
		}
		UUID preferred = null;
		if (request.preferredMentorId() != null) {
			preferred = this.people.find(request.preferredMentorId())
				.filter((p) -> p.status() != PersonStatus.LEFT && !p.erased())
				.map(PersonView::id)
				.orElseThrow(() -> new InvalidInput("preferredMentorId", "toolbox.mentoring.person.unknown",
						"Choose someone who works here"));
			if (preferred.equals(personId)) {
				throw new InvalidInput("preferredMentorId", "toolbox.mentoring.preferred.self",
						"A mentee does not mentor themselves");
			}
		}
		MenteeEnrolment enrolment = this.mentees.save(new MenteeEnrolment(cohortId, personId, joined(request.goals()),
				preferred, request.preferOtherUnit(),
				(request.previousMentor() != null) ? request.previousMentor() : PreviousMentor.NEUTRAL,
				this.clock.instant()));
		audit("toolbox.mentoring.menteeEnrolled", cohort);
		if (!personId.equals(me)) {
			this.events.publishEvent(Notice.toPeople("toolbox.mentoring.enrolled", Set.of(personId),
					"notice.toolbox.mentoring.enrolledAsMentee", List.of(), link(cohortId),
					"toolbox.mentoring.enrolled." + enrolment.id()));
		}
		return enrolment.id();
	}

	/** Everything wrong with a mentee's enrolment, field by field. */
	public static List<InvalidInput> menteeProblems(MenteeEnrolmentRequest request) {
		List<InvalidInput> problems = new ArrayList<>();
		topicProblems(problems, "goals", request.goals(), "toolbox.mentoring.goals.required",
				"Name at least one goal, as a topic");
		return problems;
	}

	private static void topicProblems(List<InvalidInput> problems, String field, @Nullable String typed,
			String requiredCode, String requiredMessage) {
		Set<String> topics = PairScoring.topics(typed);
		if (topics.isEmpty()) {
			problems.add(new InvalidInput(field, requiredCode, requiredMessage));
		}
		else if (topics.size() > PairScoring.MAX_TOPICS) {
			problems.add(new InvalidInput(field, "toolbox.mentoring.topics.tooMany",
					"At most %d topics".formatted(PairScoring.MAX_TOPICS), PairScoring.MAX_TOPICS));
		}
		else if (topics.stream().anyMatch((t) -> t.length() > PairScoring.MAX_TOPIC_LENGTH)) {
			problems.add(new InvalidInput(field, "toolbox.mentoring.topics.tooLong",
					"A topic has at most %d characters".formatted(PairScoring.MAX_TOPIC_LENGTH),
					PairScoring.MAX_TOPIC_LENGTH));
		}
	}

	// ---------------------------------------------------------------- matching

	/**
	 * Runs the matching and stores it as the cohort's draft (replacing the last one): the optimal
	 * assignment of mentees to mentors for the scores, with the lead's pins kept and bans left out,
	 * load spread by {@link MentoringWeights#loadStep()}; mentees left without a mentor say why.
	 * Pins that cannot all hold are refused, named ({@link MentoringPinsInfeasible}), and nothing
	 * changes.
	 */
	@Transactional
	public Assignment runMatching(Actor actor, UUID cohortId) {
		Cohort cohort = managed(actor, cohortId);
		cohort.requireBeforePublishing();
		Built built = build(cohort, this.rules.findByCohortIdOrderByCreatedAt(cohortId));
		Assignment assignment = solve(built);
		this.pairs.deleteAll(this.pairs.findByCohortIdAndStatus(cohortId, PairStatus.DRAFT));
		this.pairs.flush();
		Set<AssignmentProblem.Pair> pinned = new HashSet<>(built.problem().pinned());
		for (Candidate chosen : assignment.pairs()) {
			MenteeEnrolment mentee = built.mentees().get(UUID.fromString(chosen.person()));
			MentorEnrolment mentor = built.mentors().get(UUID.fromString(chosen.place()));
			PairScoring.Score score = built.scores().get(chosen.pair());
			this.pairs.save(new MentoringPair(cohortId, mentee.id(), mentor.id(), mentee.personId(), mentor.personId(),
					score.points(), Reason.encode(score.reasons()), pinned.contains(chosen.pair()),
					this.clock.instant()));
		}
		for (MenteeEnrolment mentee : built.mentees().values()) {
			mentee.unmatched(null);
		}
		for (String unplaced : assignment.unplaced()) {
			MenteeEnrolment mentee = built.mentees().get(UUID.fromString(unplaced));
			mentee.unmatched(built.withCandidates().contains(unplaced) ? UnmatchedReason.CAPACITY_EXHAUSTED
					: UnmatchedReason.NO_ALLOWED_MENTOR);
		}
		String settings = this.weights.describe();
		cohort.matched(this.clock.instant(), settings);
		log.info("Mentoring matching of cohort {}: {} mentees, {} mentors, {} candidate pairs, {} pins; {} matched, "
				+ "{} unmatched; total score {}, load penalty {}; weights {}", cohortId, built.mentees().size(),
				built.mentors().size(), built.problem().candidates().size(), built.problem().pinned().size(),
				assignment.pairs().size(), assignment.unplaced().size(), assignment.totalScore(),
				assignment.loadPenalty(), settings);
		audit("toolbox.mentoring.matched", cohort);
		return assignment;
	}

	/**
	 * Pins or forbids a pair before the matching is published (a pair pinned is no longer
	 * forbidden, and the other way round); a pin that cannot hold with the others is refused,
	 * named. The draft changes at the next run.
	 */
	@Transactional
	public UUID setRule(Actor actor, UUID cohortId, UUID menteeId, UUID mentorId, RuleKind kind) {
		Cohort cohort = managed(actor, cohortId);
		cohort.requireBeforePublishing();
		if (kind == null) {
			throw new InvalidInput("kind", "toolbox.mentoring.rule.kindRequired", "Pin or forbid the pair");
		}
		MenteeEnrolment mentee = this.mentees.findById(menteeId)
			.filter((m) -> m.cohortId().equals(cohortId) && m.enrolled())
			.orElseThrow(() -> new InvalidInput("menteeId", "toolbox.mentoring.rule.menteeUnknown",
					"Choose a mentee of this cohort"));
		MentorEnrolment mentor = this.mentors.findById(mentorId)
			.filter((m) -> m.cohortId().equals(cohortId) && m.enrolled())
			.orElseThrow(() -> new InvalidInput("mentorId", "toolbox.mentoring.rule.mentorUnknown",
					"Choose a mentor of this cohort"));
		PairRule rule = this.rules.findByMenteeIdAndMentorId(mentee.id(), mentor.id())
			.orElseGet(() -> new PairRule(cohortId, mentee.id(), mentor.id(), kind, this.clock.instant()));
		rule.change(kind);
		this.rules.save(rule);
		if (kind == RuleKind.PIN) {
			List<PairRule> all = new ArrayList<>(this.rules.findByCohortIdOrderByCreatedAt(cohortId));
			if (all.stream().noneMatch((r) -> r.id().equals(rule.id()))) {
				all.add(rule);
			}
			// only whether the pins can hold: the draft changes when the lead runs the matching again
			solve(build(cohort, all));
		}
		audit((kind == RuleKind.PIN) ? "toolbox.mentoring.pinned" : "toolbox.mentoring.forbidden", cohort);
		return rule.id();
	}

	@Transactional
	public void removeRule(Actor actor, UUID cohortId, UUID ruleId) {
		Cohort cohort = managed(actor, cohortId);
		cohort.requireBeforePublishing();
		PairRule rule = this.rules.findById(ruleId)
			.filter((r) -> r.cohortId().equals(cohortId))
			.orElseThrow(() -> new NotFoundException("toolbox.mentoring.rule.notFound", "There is no such pin or ban"));
		this.rules.delete(rule);
		audit("toolbox.mentoring.ruleRemoved", cohort);
	}

	/**
	 * Publishes the matching: the cohort runs, its pairs are active, and every mentor and mentee of
	 * a pair is told that they have been matched (the notice names nobody).
	 */
	@Transactional
	public void publish(Actor actor, UUID cohortId, long expectedVersion) {
		Cohort cohort = managed(actor, cohortId);
		if (cohort.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The cohort changed since it was read");
		}
		List<MentoringPair> draft = this.pairs.findByCohortIdAndStatus(cohortId, PairStatus.DRAFT);
		if (draft.isEmpty() && cohort.status() == CohortStatus.MATCHED) {
			throw new io.cocareer.shared.BusinessRuleViolation("toolbox.mentoring.rule.noPairs",
					"The matching has no pairs to publish");
		}
		cohort.publish(this.clock.instant());
		for (MentoringPair pair : draft) {
			pair.activate();
			this.events.publishEvent(Notice.toPeople("toolbox.mentoring.matched",
					Set.of(pair.mentorPersonId(), pair.menteePersonId()), "notice.toolbox.mentoring.matched", List.of(),
					"/toolbox/mentoring/pairs/" + pair.id(), "toolbox.mentoring.matched." + pair.id()));
		}
		audit("toolbox.mentoring.published", cohort);
	}

	/** Ends a running cohort: its pairs end; each side is asked for feedback. */
	@Transactional
	public void end(Actor actor, UUID cohortId) {
		Cohort cohort = managed(actor, cohortId);
		LocalDate today = LocalDate.now(this.clock);
		cohort.end(today);
		for (MentoringPair pair : this.pairs.findByCohortIdAndStatus(cohortId, PairStatus.ACTIVE)) {
			pair.end(today);
			this.events.publishEvent(Notice.toPeople("toolbox.mentoring.ended",
					Set.of(pair.mentorPersonId(), pair.menteePersonId()), "notice.toolbox.mentoring.ended", List.of(),
					"/toolbox/mentoring/pairs/" + pair.id(), "toolbox.mentoring.ended." + pair.id()));
		}
		audit("toolbox.mentoring.ended", cohort);
	}

	// ---------------------------------------------------------------- the problem for the solver

	/** A cohort's matching problem with what it is made of. */
	private record Built(AssignmentProblem problem, Map<AssignmentProblem.Pair, PairScoring.Score> scores,
			Map<UUID, MenteeEnrolment> mentees, Map<UUID, MentorEnrolment> mentors, Set<String> withCandidates,
			PersonNames names) {

	}

	private Built build(Cohort cohort, List<PairRule> ruleRows) {
		Map<UUID, MenteeEnrolment> menteeRows = new LinkedHashMap<>();
		this.mentees.findByCohortIdOrderByEnrolledAt(cohort.id())
			.stream()
			.filter(MenteeEnrolment::enrolled)
			.forEach((m) -> menteeRows.put(m.id(), m));
		Map<UUID, MentorEnrolment> mentorRows = new LinkedHashMap<>();
		this.mentors.findByCohortIdOrderByEnrolledAt(cohort.id())
			.stream()
			.filter(MentorEnrolment::enrolled)
			.forEach((m) -> mentorRows.put(m.id(), m));
		Map<UUID, PersonView> persons = new HashMap<>();
		menteeRows.values().forEach((m) -> this.people.find(PersonId.of(m.personId())).ifPresent((p) -> persons.put(p.id(), p)));
		mentorRows.values().forEach((m) -> this.people.find(PersonId.of(m.personId())).ifPresent((p) -> persons.put(p.id(), p)));
		Map<UUID, Set<UUID>> previous = new HashMap<>();
		if (!menteeRows.isEmpty()) {
			this.pairs.findByMenteePersonIdInAndStatusIn(
					menteeRows.values().stream().map(MenteeEnrolment::personId).toList(),
					EnumSet.of(PairStatus.ACTIVE, PairStatus.ENDED))
				.stream()
				.filter((p) -> !p.cohortId().equals(cohort.id()))
				.forEach((p) -> previous.computeIfAbsent(p.menteePersonId(), (k) -> new HashSet<>())
					.add(p.mentorPersonId()));
		}
		Set<String> forbiddenByLead = new HashSet<>();
		List<AssignmentProblem.Pair> pins = new ArrayList<>();
		for (PairRule rule : ruleRows) {
			if (!menteeRows.containsKey(rule.menteeId()) || !mentorRows.containsKey(rule.mentorId())) {
				continue;
			}
			if (rule.kind() == RuleKind.FORBID) {
				forbiddenByLead.add(rule.menteeId() + "/" + rule.mentorId());
			}
			else {
				pins.add(new AssignmentProblem.Pair(rule.menteeId().toString(), rule.mentorId().toString()));
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		Map<AssignmentProblem.Pair, PairScoring.Score> scores = new HashMap<>();
		Set<String> withCandidates = new HashSet<>();
		for (MenteeEnrolment mentee : menteeRows.values()) {
			PersonView mp = persons.get(mentee.personId());
			PairScoring.MenteeFacts facts = new PairScoring.MenteeFacts(mentee.personId(),
					(mp != null) ? mp.unitId() : null, (mp != null) ? mp.managerId() : null,
					(mp != null) ? mp.hireDate() : null, PairScoring.topics(mentee.goals()), mentee.preferredMentorId(),
					mentee.preferOtherUnit(), mentee.previousMentor(),
					previous.getOrDefault(mentee.personId(), Set.of()));
			for (MentorEnrolment mentor : mentorRows.values()) {
				PersonView tp = persons.get(mentor.personId());
				PairScoring.MentorFacts mentorFacts = new PairScoring.MentorFacts(mentor.personId(),
						(tp != null) ? tp.unitId() : null, (tp != null) ? tp.managerId() : null,
						(tp != null) ? tp.hireDate() : null, PairScoring.topics(mentor.topics()));
				PairScoring.Score score = PairScoring.score(facts, mentorFacts, this.weights);
				if (!score.allowed() || forbiddenByLead.contains(mentee.id() + "/" + mentor.id())) {
					continue;
				}
				Candidate candidate = new Candidate(mentee.id().toString(), mentor.id().toString(), score.points());
				candidates.add(candidate);
				scores.put(candidate.pair(), score);
				withCandidates.add(mentee.id().toString());
			}
		}
		List<AssignmentProblem.Side> people = menteeRows.keySet()
			.stream()
			.map((id) -> new AssignmentProblem.Side(id.toString(), 1))
			.toList();
		List<AssignmentProblem.Side> places = mentorRows.values()
			.stream()
			.map((m) -> new AssignmentProblem.Side(m.id().toString(), m.capacity()))
			.toList();
		Set<UUID> ids = new HashSet<>();
		menteeRows.values().forEach((m) -> ids.add(m.personId()));
		mentorRows.values().forEach((m) -> ids.add(m.personId()));
		AssignmentProblem problem = new AssignmentProblem(people, places, candidates, pins, this.weights.loadStep());
		return new Built(problem, scores, menteeRows, mentorRows, withCandidates, this.people.names(ids));
	}

	/** The optimal assignment, or the pins that cannot hold, named. */
	private Assignment solve(Built built) {
		try {
			return Assignments.optimal(built.problem());
		}
		catch (InfeasiblePins ex) {
			List<PinConflict> conflicts = ex.conflicts().stream().map((c) -> {
				String mentee = (c.person() != null) ? built.names()
					.of(PersonId.of(built.mentees().get(UUID.fromString(c.person())).personId()), null) : null;
				String mentor = (c.place() != null) ? built.names()
					.of(PersonId.of(built.mentors().get(UUID.fromString(c.place())).personId()), null) : null;
				return new PinConflict(c.kind(), mentee, mentor, c.pins(), c.capacity());
			}).toList();
			throw new MentoringPinsInfeasible(conflicts);
		}
	}

	// ---------------------------------------------------------------- feedback, figures

	/** The feedback of these pairs as the lead reads it: averages over enough answers, comments without names. */
	MentoringFeedbackSummary feedbackSummary(List<UUID> pairIds) {
		List<Feedback> all = pairIds.isEmpty() ? List.of() : this.feedbacks.findByPairIdIn(pairIds);
		int min = this.weights.minAnswers();
		List<Feedback> mentee = all.stream().filter((f) -> f.side() == PairSide.MENTEE).toList();
		List<Feedback> mentor = all.stream().filter((f) -> f.side() == PairSide.MENTOR).toList();
		List<String> comments = (all.size() >= min) ? all.stream()
			.map(Feedback::comment)
			.filter((c) -> c != null && !c.isBlank())
			.sorted()
			.toList() : List.of();
		return new MentoringFeedbackSummary(all.size(), min, average(all, min), average(mentee, min), average(mentor, min),
				comments);
	}

	private static Double average(List<Feedback> answers, int min) {
		if (answers.size() < min) {
			return null;
		}
		return answers.stream().mapToInt(Feedback::rating).average().orElse(0);
	}

	// ---------------------------------------------------------------- helpers

	private Set<UUID> myCohorts(UUID me) {
		Set<UUID> mine = new HashSet<>();
		this.mentors.findByPersonId(me).forEach((m) -> mine.add(m.cohortId()));
		this.mentees.findByPersonId(me).forEach((m) -> mine.add(m.cohortId()));
		return mine;
	}

	private Cohort readable(Actor actor, UUID cohortId) {
		UUID me = this.access.participant(actor);
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(MentoringAccess::cohortNotFound);
		return this.access.readable(actor, cohort, myCohorts(me).contains(cohortId));
	}

	private Cohort managed(Actor actor, UUID cohortId) {
		Cohort cohort = readable(actor, cohortId);
		this.access.requireManager(actor);
		return cohort;
	}

	/** Whom an enrolment is for: the actor themselves, or (the lead) someone they name. */
	private UUID target(Actor actor, @Nullable PersonId named, Cohort cohort) {
		UUID me = actor.personId().value();
		boolean self = named == null || named.value().equals(me);
		if (!self) {
			this.access.requireManager(actor);
			cohort.requireBeforePublishing();
			return named.value();
		}
		if (this.access.mayManage(actor)) {
			cohort.requireBeforePublishing();
		}
		else {
			cohort.requireEnrolling();
		}
		return me;
	}

	/** A mentee is a talent: in the active pool, or signed in as a talent. */
	boolean isTalent(UUID personId) {
		if (this.pool.isActiveTalent(PersonId.of(personId))) {
			return true;
		}
		return this.accounts.findByPerson(PersonId.of(personId))
			.map(AccountView::roles)
			.map((roles) -> roles.contains(Role.TALENT))
			.orElse(false);
	}

	private MentoringCohortSummary summary(Cohort c) {
		int mentorCount = (int) this.mentors.findByCohortIdOrderByEnrolledAt(c.id()).stream().filter(MentorEnrolment::enrolled).count();
		int menteeCount = (int) this.mentees.findByCohortIdOrderByEnrolledAt(c.id()).stream().filter(MenteeEnrolment::enrolled).count();
		int pairCount = this.pairs.findByCohortIdOrderByCreatedAt(c.id()).size();
		return new MentoringCohortSummary(c.id(), c.title(), c.goal(), c.startsOn(), c.endsOn(), c.status(), c.enrolling(),
				mentorCount, menteeCount, pairCount);
	}

	private static String unitOf(Map<UUID, PersonSummary> summaries, UUID personId) {
		PersonSummary s = summaries.get(personId);
		return (s != null) ? s.unitName() : null;
	}

	private static <T> Map<UUID, T> byId(Iterable<T> rows, Function<T, UUID> id) {
		Map<UUID, T> map = new LinkedHashMap<>();
		rows.forEach((r) -> map.put(id.apply(r), r));
		return map;
	}

	static NotFoundException enrolmentNotFound() {
		return new NotFoundException("toolbox.mentoring.enrolment.notFound", "There is no such enrolment");
	}

	static String link(UUID cohortId) {
		return "/toolbox/mentoring/cohorts/" + cohortId;
	}

	private static String joined(@Nullable String typed) {
		return String.join(", ", PairScoring.topics(typed));
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable String text(@Nullable String value) {
		return hasText(value) ? value.strip() : null;
	}

	private void audit(String action, Cohort cohort) {
		this.events.publishEvent(AuditEvent.career(action, "mentoringCohort", cohort.id(),
				AuditEvent.term("toolbox.mentoring.status." + cohort.status())));
	}

	/** For the pair service: a cohort by id (no access check: the pair's was done). */
	Optional<Cohort> cohortOf(UUID cohortId) {
		return this.cohorts.findById(cohortId);
	}

}
