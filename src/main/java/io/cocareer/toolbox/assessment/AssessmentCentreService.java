package io.cocareer.toolbox.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.AssessedCompetencies;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.assessment.internal.AssessmentAccess;
import io.cocareer.toolbox.assessment.internal.AssessmentCentre;
import io.cocareer.toolbox.assessment.internal.AssessmentCentres;
import io.cocareer.toolbox.assessment.internal.AssessmentParticipant;
import io.cocareer.toolbox.assessment.internal.AssessmentParticipants;
import io.cocareer.toolbox.assessment.internal.AssessmentRatings;
import io.cocareer.toolbox.assessment.internal.AssessmentReminders;
import io.cocareer.toolbox.assessment.internal.Consensus;
import io.cocareer.toolbox.assessment.internal.Exercise;
import io.cocareer.toolbox.assessment.internal.Rating;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment centres: setting one up (exercises, competencies, the matrix, participants, assessors
 * and who observes whom), the assessors' rating sheets, the wash-up with its consensus, finalising
 * and releasing the participant's report, which writes the consensus levels into the talent's
 * profile. Who sees and does what is {@link AssessmentAccess}'s; input is refused with every
 * problem at once ({@link AssessmentRefused}); audit entries carry no ratings and no notes.
 * Late rating sheets are reminded every morning ({@link AssessmentReminders}).
 */
@Service
public class AssessmentCentreService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final AssessmentCentres centres;

	private final AssessmentParticipants participants;

	private final AssessmentRatings ratings;

	private final AssessmentAccess access;

	private final AssessmentReminders reminders;

	private final CompetencyCatalogue catalogue;

	private final TalentPool pool;

	private final AssessedCompetencies profiles;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssessmentCentreService(AssessmentCentres centres, AssessmentParticipants participants, AssessmentRatings ratings,
			AssessmentAccess access, AssessmentReminders reminders, CompetencyCatalogue catalogue, TalentPool pool,
			AssessedCompetencies profiles, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.centres = centres;
		this.participants = participants;
		this.ratings = ratings;
		this.access = access;
		this.reminders = reminders;
		this.catalogue = catalogue;
		this.pool = pool;
		this.profiles = profiles;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- who

	/** Whether the actor has anything here: the talent lead, an assessor, a participant with a released report. */
	@Transactional(readOnly = true)
	public boolean mayUse(Actor actor) {
		UUID me = this.access.me(actor);
		if (me == null) {
			return false;
		}
		return this.access.isLead(actor) || !this.centres.assessedBy(me).isEmpty()
				|| this.participants.findByPersonId(me).stream().anyMatch((p) -> p.releasedOn() != null);
	}

	public boolean maySetUp(Actor actor) {
		return this.access.maySetUp(actor);
	}

	// ---------------------------------------------------------------- reading

	/** The centres the actor reads (all for the talent lead, those they assess for others), latest first. */
	@Transactional(readOnly = true)
	public List<CentreSummary> list(Actor actor) {
		UUID me = this.access.me(actor);
		if (me == null) {
			return List.of();
		}
		List<AssessmentCentre> found = this.access.isLead(actor) ? this.centres.findAll() : this.centres.assessedBy(me);
		Map<UUID, Long> counts = this.participants
			.findByCentreIdIn(found.stream().map(AssessmentCentre::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AssessmentParticipant::centreId, Collectors.counting()));
		return found.stream()
			.filter((c) -> this.access.mayReadCentre(actor, c))
			.sorted(Comparator.comparing(AssessmentCentre::heldOn).reversed().thenComparing(AssessmentCentre::title))
			.map((c) -> new CentreSummary(c.id(), c.title(), c.heldOn(), c.status(),
					counts.getOrDefault(c.id(), 0L).intValue(), c.assessorIds().size(), c.isAssessor(me)))
			.toList();
	}

	/** The actor's own released reports, latest first. */
	@Transactional(readOnly = true)
	public List<ReportSummary> reports(Actor actor) {
		UUID me = this.access.me(actor);
		if (me == null) {
			return List.of();
		}
		List<ReportSummary> reports = new ArrayList<>();
		for (AssessmentParticipant participant : this.participants.findByPersonId(me)) {
			if (participant.releasedOn() != null && this.access.mayReadReport(actor, participant)) {
				this.centres.findById(participant.centreId())
					.ifPresent((c) -> reports.add(new ReportSummary(c.id(), c.title(), c.heldOn(),
							participant.releasedOn())));
			}
		}
		reports.sort(Comparator.comparing(ReportSummary::heldOn).reversed());
		return reports;
	}

	@Transactional(readOnly = true)
	public CentreView get(Actor actor, UUID centreId) {
		AssessmentCentre centre = readable(actor, centreId);
		List<AssessmentParticipant> inCentre = this.participants.findByCentreId(centreId);
		Map<UUID, Set<UUID>> matrix = centre.matrix();
		int cells = matrix.values().stream().mapToInt(Set::size).sum();
		Map<UUID, List<Rating>> ratingsOf = this.ratings.findByCentreId(centreId)
			.stream()
			.collect(Collectors.groupingBy(Rating::participantId));
		Set<UUID> ids = new HashSet<>(centre.assessorIds());
		inCentre.forEach((p) -> {
			ids.add(p.personId());
			ids.addAll(p.observerIds());
		});
		PersonNames names = this.people.names(ids);
		UUID me = this.access.me(actor);
		List<CentreView.Participant> participantViews = inCentre.stream()
			.map((p) -> new CentreView.Participant(p.personId(), name(names, p.personId()),
					refs(names, p.observerIds()), ratingsIn(p, ratingsOf.getOrDefault(p.id(), List.of())),
					cells * p.observerIds().size(), p.finalisedOn() != null, p.releasedOn() != null, p.withdrawn()))
			.sorted(Comparator.comparing(CentreView.Participant::name))
			.toList();
		Map<UUID, Integer> observed = new HashMap<>();
		inCentre.forEach((p) -> observed.put(p.personId(), p.observerIds().size()));
		List<String> readiness = (centre.status() == CentreStatus.SETUP)
				? AssessmentRules.readiness(matrix, centre.competencyIds(), observed) : List.of();
		Set<UUID> toRate = inCentre.stream()
			.filter((p) -> this.access.mayReadSheet(actor, centre, p))
			.map(AssessmentParticipant::personId)
			.collect(Collectors.toSet());
		return new CentreView(centre.id(), centre.title(), centre.heldOn(), centre.purpose(), centre.status(),
				centre.version(),
				centre.exercises()
					.stream()
					.map((e) -> new CentreView.Exercise(e.id(), e.name(), e.kind(), e.description(),
							Set.copyOf(matrix.get(e.id()))))
					.toList(),
				competencies(centre.competencyIds()), participantViews, refs(names, centre.assessorIds()), readiness,
				this.access.mayEditSetup(actor, centre),
				this.access.mayOpenRatings(actor, centre) && readiness.isEmpty(),
				this.access.mayStartWashUp(actor, centre),
				this.access.isLead(actor) && centre.status() == CentreStatus.WASH_UP, toRate);
	}

	/** The talents of the pool who may still join the centre (the talent lead's, for the set-up page). */
	@Transactional(readOnly = true)
	public List<PersonRef> candidates(Actor actor, UUID centreId) {
		AssessmentCentre centre = readable(actor, centreId);
		if (!this.access.mayEditSetup(actor, centre)) {
			return List.of();
		}
		Set<UUID> taken = new HashSet<>(centre.assessorIds());
		this.participants.findByCentreId(centreId).forEach((p) -> taken.add(p.personId()));
		List<UUID> free = this.pool.activeTalentIds()
			.stream()
			.map(PersonId::value)
			.filter((id) -> !taken.contains(id))
			.toList();
		return this.people.summaries(free)
			.values()
			.stream()
			.filter((p) -> p.status() != PersonStatus.LEFT)
			.map((p) -> new PersonRef(p.id(), p.fullName()))
			.sorted(Comparator.comparing(PersonRef::name))
			.toList();
	}

	/** The competency catalogue to pick from. */
	public List<CompetencyView> catalogue() {
		return this.catalogue.competencies();
	}

	// ---------------------------------------------------------------- set-up

	@Transactional
	public UUID create(Actor actor, NewCentre command) {
		this.access.requireLead(actor);
		AssessmentRefused.unless(AssessmentRules.centreProblems(command));
		AssessmentCentre centre = this.centres.save(AssessmentCentre.setUp(command.title().strip(), command.heldOn(),
				AssessmentRules.text(command.purpose()), this.clock.instant()));
		audit("toolbox.assessment.created", centre);
		return centre.id();
	}

	@Transactional
	public void describe(Actor actor, UUID centreId, NewCentre command, long expectedVersion) {
		AssessmentCentre centre = forLead(actor, centreId);
		if (centre.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The centre changed since it was read");
		}
		AssessmentRefused.unless(AssessmentRules.centreProblems(command));
		centre.describe(command.title().strip(), command.heldOn(), AssessmentRules.text(command.purpose()));
		audit("toolbox.assessment.changed", centre);
	}

	@Transactional
	public UUID addExercise(Actor actor, UUID centreId, NewExercise command) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		AssessmentRefused.unless(AssessmentRules.exerciseProblems(command));
		Exercise exercise = centre.addExercise(command.name().strip(), command.kind(),
				AssessmentRules.text(command.description()));
		audit("toolbox.assessment.setupChanged", centre);
		return exercise.id();
	}

	@Transactional
	public void removeExercise(Actor actor, UUID centreId, UUID exerciseId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.removeExercise(exerciseId);
		audit("toolbox.assessment.setupChanged", centre);
	}

	@Transactional
	public void addCompetency(Actor actor, UUID centreId, UUID competencyId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		if (competencyId == null) {
			throw new InvalidInput("competencyId", "toolbox.assessment.competency.required", "Choose a competency");
		}
		if (this.catalogue.competencies().stream().noneMatch((c) -> c.id().equals(competencyId))) {
			throw new InvalidInput("competencyId", "toolbox.assessment.competency.unknown",
					"This competency is not in the catalogue");
		}
		centre.addCompetency(competencyId);
		audit("toolbox.assessment.setupChanged", centre);
	}

	@Transactional
	public void removeCompetency(Actor actor, UUID centreId, UUID competencyId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.removeCompetency(competencyId);
		audit("toolbox.assessment.setupChanged", centre);
	}

	/** One cell of the matrix: whether the exercise observes the competency. */
	@Transactional
	public void observe(Actor actor, UUID centreId, UUID exerciseId, UUID competencyId, boolean observes) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.observe(exerciseId, competencyId, observes);
		audit("toolbox.assessment.setupChanged", centre);
	}

	/**
	 * Adds a talent of the pool; every assessor they do not report to observes them (the talent
	 * lead changes who observes whom afterwards).
	 */
	@Transactional
	public void addParticipant(Actor actor, UUID centreId, PersonId personId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.assessment.participant.required", "Choose a talent");
		}
		if (!this.pool.isActiveTalent(personId)) {
			throw new InvalidInput("personId", "toolbox.assessment.participant.notInPool",
					"Participants are talents of the pool: this person is not in it");
		}
		if (centre.isAssessor(personId.value())) {
			throw new InvalidInput("personId", "toolbox.assessment.participant.isAssessor",
					"This person assesses in this centre: an assessor is not a participant too");
		}
		if (this.participants.findByCentreIdAndPersonId(centreId, personId.value()).isPresent()) {
			throw new InvalidInput("personId", "toolbox.assessment.participant.already",
					"This talent already takes part");
		}
		Set<UUID> observers = centre.assessorIds()
			.stream()
			.filter((a) -> !this.people.isManagerOf(PersonId.of(a), personId))
			.collect(Collectors.toSet());
		this.participants.save(AssessmentParticipant.of(centreId, personId.value(), observers));
		audit("toolbox.assessment.setupChanged", centre);
	}

	@Transactional
	public void removeParticipant(Actor actor, UUID centreId, UUID personId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		AssessmentParticipant participant = participant(centreId, personId);
		this.ratings.deleteAll(this.ratings.findByParticipantId(participant.id()));
		this.participants.delete(participant);
		audit("toolbox.assessment.setupChanged", centre);
	}

	/** Adds an assessor (someone who works here); they observe every participant who does not report to them. */
	@Transactional
	public void addAssessor(Actor actor, UUID centreId, PersonId personId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.assessment.assessor.required", "Choose an assessor");
		}
		Optional<PersonView> person = this.people.find(personId);
		if (person.isEmpty() || person.get().status() == PersonStatus.LEFT || person.get().erased()) {
			throw new InvalidInput("personId", "toolbox.assessment.assessor.unknown",
					"Choose someone who works here");
		}
		if (this.participants.findByCentreIdAndPersonId(centreId, personId.value()).isPresent()) {
			throw new InvalidInput("personId", "toolbox.assessment.assessor.isParticipant",
					"This person takes part in this centre: a participant does not assess too");
		}
		if (centre.isAssessor(personId.value())) {
			throw new InvalidInput("personId", "toolbox.assessment.assessor.already", "This person already assesses");
		}
		centre.addAssessor(personId.value());
		for (AssessmentParticipant participant : this.participants.findByCentreId(centreId)) {
			if (!this.people.isManagerOf(personId, PersonId.of(participant.personId()))) {
				participant.observedBy(personId.value(), true);
			}
		}
		audit("toolbox.assessment.setupChanged", centre);
	}

	@Transactional
	public void removeAssessor(Actor actor, UUID centreId, UUID personId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		if (!centre.isAssessor(personId)) {
			throw new io.cocareer.shared.NotFoundException("toolbox.assessment.assessor.notFound",
					"This person does not assess in this centre");
		}
		centre.removeAssessor(personId);
		this.participants.findByCentreId(centreId).forEach((p) -> p.observedBy(personId, false));
		audit("toolbox.assessment.setupChanged", centre);
	}

	/** Whether the assessor observes (and rates) the participant; never someone who reports to them. */
	@Transactional
	public void setObserver(Actor actor, UUID centreId, UUID participantId, UUID assessorId, boolean observes) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		AssessmentParticipant participant = participant(centreId, participantId);
		if (!centre.isAssessor(assessorId)) {
			throw new io.cocareer.shared.NotFoundException("toolbox.assessment.assessor.notFound",
					"This person does not assess in this centre");
		}
		if (observes && this.people.isManagerOf(PersonId.of(assessorId), PersonId.of(participantId))) {
			throw reportsTo();
		}
		participant.observedBy(assessorId, observes);
		audit("toolbox.assessment.setupChanged", centre);
	}

	/** Opens the centre for ratings once it is ready; its assessors are told that ratings are due. */
	@Transactional
	public void openRatings(Actor actor, UUID centreId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.requireSetup();
		Map<UUID, Integer> observed = new HashMap<>();
		this.participants.findByCentreId(centreId).forEach((p) -> observed.put(p.personId(), p.observerIds().size()));
		List<String> readiness = AssessmentRules.readiness(centre.matrix(), centre.competencyIds(), observed);
		if (!readiness.isEmpty()) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.notReady",
					"The centre is not ready for ratings: see what it still needs");
		}
		centre.openRatings();
		audit("toolbox.assessment.ratingsOpened", centre);
		Set<UUID> assessors = new HashSet<>(centre.assessorIds());
		if (!assessors.isEmpty()) {
			this.events.publishEvent(Notice.toPeople("toolbox.assessment.ratingsDue", assessors,
					"notice.toolbox.assessment.ratingsDue", List.of(centre.title()), link(centre.id()),
					"toolbox.assessment.ratingsDue." + centre.id()));
		}
	}

	/** Starts the wash-up: ratings are frozen and the chair records the consensus. */
	@Transactional
	public void startWashUp(Actor actor, UUID centreId) {
		AssessmentCentre centre = forLead(actor, centreId);
		centre.startWashUp();
		audit("toolbox.assessment.washUpStarted", centre);
		// the ratings are frozen: reminders of late sheets no longer ask for anything
		this.events.publishEvent(NoticeDone.forEveryone(AssessmentReminders.rateAction(centreId)));
		this.events.publishEvent(NoticeDone.forEveryone(AssessmentReminders.sheetsAction(centreId)));
	}

	// ---------------------------------------------------------------- rating

	/** The actor's own rating sheet for a participant they observe. */
	@Transactional(readOnly = true)
	public RatingSheet sheet(Actor actor, UUID centreId, UUID participantId) {
		AssessmentCentre centre = readable(actor, centreId);
		AssessmentParticipant participant = participant(centreId, participantId);
		if (!this.access.mayReadSheet(actor, centre, participant)) {
			throw AssessmentAccess.participantNotFound();
		}
		UUID me = this.access.me(actor);
		Map<List<UUID>, Rating> mine = new HashMap<>();
		this.ratings.findByParticipantIdAndAssessorId(participant.id(), me)
			.forEach((r) -> mine.put(List.of(r.exerciseId(), r.competencyId()), r));
		Map<UUID, Set<UUID>> matrix = centre.matrix();
		List<CompetencyRef> competencies = competencies(centre.competencyIds());
		List<RatingSheet.Exercise> exercises = centre.exercises().stream().map((e) -> {
			List<RatingSheet.Cell> cells = competencies.stream()
				.filter((c) -> matrix.get(e.id()).contains(c.id()))
				.map((c) -> {
					Rating r = mine.get(List.of(e.id(), c.id()));
					return new RatingSheet.Cell(c, (r != null) ? r.rating() : null, (r != null) ? r.evidence() : null);
				})
				.toList();
			return new RatingSheet.Exercise(e.id(), e.name(), e.kind(), e.description(), cells);
		}).toList();
		boolean manages = manages(me, participantId);
		return new RatingSheet(centre.id(), centre.title(), centre.status(),
				new PersonRef(participantId, name(this.people.names(Set.of(participantId)), participantId)), exercises,
				this.access.mayRate(actor, centre, participant, manages));
	}

	/**
	 * Saves the actor's ratings of a participant: the sheet as a whole (a cell left out or blank is
	 * not rated); refused with every problem at once, and nothing stored.
	 */
	@Transactional
	public void saveRatings(Actor actor, UUID centreId, UUID participantId, List<RatingEntry> entries) {
		AssessmentCentre centre = readable(actor, centreId);
		AssessmentParticipant participant = participant(centreId, participantId);
		UUID me = this.access.me(actor);
		boolean manages = manages(me, participantId);
		if (manages) {
			throw reportsTo();
		}
		if (!this.access.mayReadSheet(actor, centre, participant)) {
			throw new PermissionDenied("toolbox.assessment.denied.notObserver",
					"You rate only the participants you observe in this centre");
		}
		if (centre.status() != CentreStatus.RATING) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.ratingClosed",
					"Ratings are entered while the centre is open for ratings");
		}
		List<RatingEntry> given = (entries != null) ? entries : List.of();
		AssessmentRefused.unless(AssessmentRules.ratingProblems(given, centre.matrix()));
		Map<List<UUID>, Rating> mine = new HashMap<>();
		this.ratings.findByParticipantIdAndAssessorId(participant.id(), me)
			.forEach((r) -> mine.put(List.of(r.exerciseId(), r.competencyId()), r));
		Set<List<UUID>> kept = new HashSet<>();
		for (RatingEntry entry : given) {
			if (entry == null || entry.rating() == null) {
				continue;
			}
			List<UUID> cell = List.of(entry.exerciseId(), entry.competencyId());
			kept.add(cell);
			Rating existing = mine.get(cell);
			if (existing != null) {
				existing.change(entry.rating(), entry.evidence().strip(), this.clock.instant());
			}
			else {
				this.ratings.save(new Rating(centreId, participant.id(), me, entry.exerciseId(), entry.competencyId(),
						entry.rating(), entry.evidence().strip(), this.clock.instant()));
			}
		}
		mine.forEach((cell, rating) -> {
			if (!kept.contains(cell)) {
				this.ratings.delete(rating);
			}
		});
		this.events.publishEvent(AuditEvent.career("toolbox.assessment.rated", "assessmentCentre", centre.id(),
				AuditEvent.person(PersonId.of(participantId))));
		// a reminder of late sheets is done once the assessor's (or, for the talent lead's, every) sheet is complete
		Map<UUID, List<UUID>> incomplete = this.reminders.incompleteSheets(centre);
		if (!incomplete.containsKey(me)) {
			this.events.publishEvent(NoticeDone.forPerson(AssessmentReminders.rateAction(centreId), PersonId.of(me)));
		}
		if (incomplete.isEmpty()) {
			this.events.publishEvent(NoticeDone.forEveryone(AssessmentReminders.sheetsAction(centreId)));
		}
	}

	// ---------------------------------------------------------------- wash-up

	@Transactional(readOnly = true)
	public WashUpView washUp(Actor actor, UUID centreId, UUID participantId) {
		AssessmentCentre centre = readable(actor, centreId);
		AssessmentParticipant participant = participant(centreId, participantId);
		UUID me = this.access.me(actor);
		if (!this.access.mayReadWashUp(actor, centre, participant, manages(me, participantId))) {
			throw AssessmentAccess.participantNotFound();
		}
		List<AssessmentParticipant> all = this.participants.findByCentreId(centreId);
		Set<UUID> ids = new HashSet<>();
		all.forEach((p) -> ids.add(p.personId()));
		List<Rating> given = this.ratings.findByParticipantId(participant.id());
		given.forEach((r) -> {
			if (r.assessorId() != null) {
				ids.add(r.assessorId());
			}
		});
		PersonNames names = this.people.names(ids);
		List<PersonRef> readable = all.stream()
			.filter((p) -> this.access.mayReadWashUp(actor, centre, p, manages(me, p.personId())))
			.map((p) -> new PersonRef(p.personId(), name(names, p.personId())))
			.sorted(Comparator.comparing(PersonRef::name))
			.toList();
		Map<UUID, Set<UUID>> matrix = centre.matrix();
		List<Exercise> exercises = centre.exercises();
		List<WashUpView.Row> rows = new ArrayList<>();
		for (CompetencyRef competency : competencies(centre.competencyIds())) {
			List<Integer> values = new ArrayList<>();
			List<WashUpView.Cell> cells = new ArrayList<>();
			for (Exercise exercise : exercises) {
				List<WashUpView.AssessorRating> inCell = given.stream()
					.filter((r) -> r.exerciseId().equals(exercise.id()) && r.competencyId().equals(competency.id()))
					.map((r) -> new WashUpView.AssessorRating(r.assessorId(),
							(r.assessorId() != null) ? name(names, r.assessorId()) : names.formerColleague(), r.rating(),
							r.evidence()))
					.sorted(Comparator.comparing(WashUpView.AssessorRating::assessorName))
					.toList();
				inCell.forEach((r) -> values.add(r.rating()));
				cells.add(new WashUpView.Cell(exercise.id(), matrix.get(exercise.id()).contains(competency.id()),
						inCell));
			}
			Optional<Consensus> consensus = participant.consensusOf(competency.id());
			rows.add(new WashUpView.Row(competency, cells,
					values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).min().getAsInt(),
					values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).max().getAsInt(),
					AssessmentRules.spread(values),
					values.isEmpty() ? null
							: Math.round(values.stream().mapToInt(Integer::intValue).average().getAsDouble() * 10) / 10.0,
					consensus.map(Consensus::rating).orElse(null), consensus.map(Consensus::rationale).orElse(null)));
		}
		return new WashUpView(centre.id(), centre.title(), centre.heldOn(), centre.status(),
				new PersonRef(participantId, name(names, participantId)), readable,
				exercises.stream().map((e) -> new WashUpView.ExerciseRef(e.id(), e.name(), e.kind())).toList(), rows,
				participant.developmentSuggestions(), participant.finalisedOn(), participant.releasedOn(),
				participant.withdrawnOn(), participant.version(), this.access.mayChair(actor, centre, participant),
				this.access.mayRelease(actor, centre, participant));
	}

	/** The first participant (by name) whose wash-up the actor may open, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> firstWashUp(Actor actor, UUID centreId) {
		AssessmentCentre centre = readable(actor, centreId);
		UUID me = this.access.me(actor);
		List<AssessmentParticipant> all = this.participants.findByCentreId(centreId);
		PersonNames names = this.people.names(all.stream().map(AssessmentParticipant::personId).toList());
		return all.stream()
			.filter((p) -> this.access.mayReadWashUp(actor, centre, p, manages(me, p.personId())))
			.map((p) -> new PersonRef(p.personId(), name(names, p.personId())))
			.sorted(Comparator.comparing(PersonRef::name))
			.map(PersonRef::id)
			.findFirst();
	}

	/**
	 * The chair records the consensus and the development suggestions, and with {@code finalise}
	 * freezes them: then every competency needs its consensus. Based on the version read: a chair
	 * saving over another's change in the meantime is refused (409).
	 */
	@Transactional
	public void recordWashUp(Actor actor, UUID centreId, UUID participantId, WashUpRecord record,
			long expectedVersion, boolean finalise) {
		AssessmentCentre centre = readable(actor, centreId);
		AssessmentParticipant participant = participant(centreId, participantId);
		if (!this.access.isLead(actor)) {
			throw new PermissionDenied("toolbox.assessment.denied.chair", "The talent lead chairs the wash-up");
		}
		if (centre.status() != CentreStatus.WASH_UP) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.washUpNotStarted",
					"The consensus is recorded at the wash-up: start it first");
		}
		participant.requireOpen();
		if (participant.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The wash-up changed since it was read");
		}
		AssessmentRefused.unless(AssessmentRules.consensusProblems(record,
				competencies(centre.competencyIds()).stream().map(CompetencyRef::id).toList(), finalise));
		List<ConsensusEntry> clean = record.consensus()
			.stream()
			.filter((e) -> e != null && e.rating() != null)
			.map((e) -> new ConsensusEntry(e.competencyId(), e.rating(), AssessmentRules.text(e.rationale())))
			.toList();
		participant.record(clean, AssessmentRules.text(record.developmentSuggestions()));
		if (finalise) {
			participant.finalise(today());
		}
		this.events.publishEvent(AuditEvent.career(
				finalise ? "toolbox.assessment.finalised" : "toolbox.assessment.washUpRecorded", "assessmentCentre",
				centre.id(), AuditEvent.person(PersonId.of(participantId))));
	}

	/**
	 * Releases a finalised report to its participant: their profile gets the consensus level of
	 * every competency with its source, and they are told. Refused for someone who has left, also
	 * before their withdrawal (after commit, in {@code AssessmentPeopleLeave}) has reached the centre.
	 */
	@Transactional
	public void release(Actor actor, UUID centreId, UUID participantId) {
		AssessmentCentre centre = readable(actor, centreId);
		AssessmentParticipant participant = participant(centreId, participantId);
		if (!this.access.isLead(actor)) {
			throw new PermissionDenied("toolbox.assessment.denied.release", "The talent lead releases reports");
		}
		if (this.people.find(PersonId.of(participantId)).map((p) -> p.status() == PersonStatus.LEFT).orElse(true)) {
			throw AssessmentParticipant.hasLeft();
		}
		participant.release(today());
		Set<UUID> known = this.catalogue.competencies().stream().map(CompetencyView::id).collect(Collectors.toSet());
		for (Consensus consensus : participant.consensus()) {
			if (known.contains(consensus.competencyId())) {
				this.profiles.recordAssessedLevel(actor, PersonId.of(participantId), consensus.competencyId(),
						consensus.rating(), evidence(centre, consensus.rating()));
			}
		}
		this.events.publishEvent(AuditEvent.career("toolbox.assessment.released", "assessmentCentre", centre.id(),
				AuditEvent.person(PersonId.of(participantId))));
		this.events.publishEvent(Notice.toPeople("toolbox.assessment.reportReleased", Set.of(participantId),
				"notice.toolbox.assessment.reportReleased", List.of(centre.title()),
				reportLink(centre.id(), participantId), "toolbox.assessment.reportReleased." + participant.id()));
	}

	/** The report: its participant's once released, the talent lead's once finalised; nobody else's. */
	@Transactional(readOnly = true)
	public ReportView report(Actor actor, UUID centreId, UUID participantId) {
		AssessmentCentre centre = this.centres.findById(centreId).orElseThrow(AssessmentAccess::notFound);
		AssessmentParticipant participant = this.participants.findByCentreIdAndPersonId(centreId, participantId)
			.orElseThrow(AssessmentAccess::notFound);
		if (!this.access.mayReadReport(actor, participant)) {
			throw AssessmentAccess.notFound();
		}
		List<ReportView.Line> lines = new ArrayList<>();
		for (CompetencyRef competency : competencies(centre.competencyIds())) {
			participant.consensusOf(competency.id())
				.ifPresent((c) -> lines.add(new ReportView.Line(competency, c.rating(), c.rationale())));
		}
		return new ReportView(centre.id(), centre.title(), centre.heldOn(), centre.purpose(),
				new PersonRef(participantId, name(this.people.names(Set.of(participantId)), participantId)), lines,
				participant.developmentSuggestions(), participant.finalisedOn(), participant.releasedOn());
	}

	/** Where a released level comes from, as the talent's profile shows it. */
	static String evidence(AssessmentCentre centre, int level) {
		return "Assessment centre \"%s\", %s: consensus level %d of 5".formatted(centre.title(),
				centre.heldOn().format(DAY), level);
	}

	// ---------------------------------------------------------------- helpers

	private AssessmentCentre readable(Actor actor, UUID centreId) {
		AssessmentCentre centre = this.centres.findById(centreId).orElseThrow(AssessmentAccess::notFound);
		return this.access.readable(actor, centre);
	}

	/** The centre for a change only the talent lead makes: 404 for whoever may not read it, 403 for its assessors. */
	private AssessmentCentre forLead(Actor actor, UUID centreId) {
		AssessmentCentre centre = readable(actor, centreId);
		this.access.requireLead(actor);
		return centre;
	}

	private AssessmentParticipant participant(UUID centreId, UUID personId) {
		return this.participants.findByCentreIdAndPersonId(centreId, personId)
			.orElseThrow(AssessmentAccess::participantNotFound);
	}

	/** The ratings in from the assessors who still observe the participant (those still expected to rate). */
	private static int ratingsIn(AssessmentParticipant participant, List<Rating> given) {
		Set<UUID> observers = participant.observerIds();
		return (int) given.stream().filter((r) -> r.assessorId() != null && observers.contains(r.assessorId())).count();
	}

	private boolean manages(UUID me, UUID personId) {
		return me != null && this.people.isManagerOf(PersonId.of(me), PersonId.of(personId));
	}

	private static BusinessRuleViolation reportsTo() {
		return new BusinessRuleViolation("toolbox.assessment.rule.reportsTo",
				"An assessor never observes or rates someone who reports to them");
	}

	private List<CompetencyRef> competencies(Set<UUID> ids) {
		Map<UUID, CompetencyView> byId = new LinkedHashMap<>();
		this.catalogue.competencies().forEach((c) -> byId.put(c.id(), c));
		List<CompetencyRef> refs = new ArrayList<>();
		byId.values()
			.stream()
			.filter((c) -> ids.contains(c.id()))
			.forEach((c) -> refs.add(new CompetencyRef(c.id(), c.name(), c.category())));
		ids.stream()
			.filter((id) -> !byId.containsKey(id))
			.sorted()
			.forEach((id) -> refs.add(new CompetencyRef(id, "?", "")));
		return refs;
	}

	private static List<PersonRef> refs(PersonNames names, Set<UUID> ids) {
		return ids.stream().map((id) -> new PersonRef(id, name(names, id))).sorted(Comparator.comparing(PersonRef::name)).toList();
	}

	private static String name(PersonNames names, UUID id) {
		return names.of(PersonId.of(id), null);
	}

	private void audit(String action, AssessmentCentre centre) {
		this.events.publishEvent(AuditEvent.career(action, "assessmentCentre", centre.id(),
				AuditEvent.text(centre.title()), AuditEvent.term("toolbox.assessment.status." + centre.status())));
	}

	public static String link(UUID centreId) {
		return "/toolbox/assessment/centres/" + centreId;
	}

	/** An assessor's rating sheet of a participant (their person id). */
	public static String ratingLink(UUID centreId, UUID participantId) {
		return link(centreId) + "/ratings/" + participantId;
	}

	static String reportLink(UUID centreId, UUID participantId) {
		return link(centreId) + "/reports/" + participantId;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
