package io.cocareer.toolbox.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.AccountRef;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.programme.Commands.AddModule;
import io.cocareer.toolbox.programme.Commands.AddTrack;
import io.cocareer.toolbox.programme.Commands.ChangeCohort;
import io.cocareer.toolbox.programme.Commands.ChangeModule;
import io.cocareer.toolbox.programme.Commands.ChangeProgramme;
import io.cocareer.toolbox.programme.Commands.ChangeTrack;
import io.cocareer.toolbox.programme.Commands.CreateCohort;
import io.cocareer.toolbox.programme.Commands.CreateProgramme;
import io.cocareer.toolbox.programme.Views.CohortSummary;
import io.cocareer.toolbox.programme.Views.CohortView;
import io.cocareer.toolbox.programme.Views.ModuleView;
import io.cocareer.toolbox.programme.Views.ParticipantView;
import io.cocareer.toolbox.programme.Views.ParticipationView;
import io.cocareer.toolbox.programme.Views.ProgrammeView;
import io.cocareer.toolbox.programme.Views.ProgressView;
import io.cocareer.toolbox.programme.Views.TrackView;
import io.cocareer.toolbox.programme.internal.Cohort;
import io.cocareer.toolbox.programme.internal.ProgrammeCohorts;
import io.cocareer.toolbox.programme.internal.ModuleProgress;
import io.cocareer.toolbox.programme.internal.Participant;
import io.cocareer.toolbox.programme.internal.Programme;
import io.cocareer.toolbox.programme.internal.ProgrammeAccess;
import io.cocareer.toolbox.programme.internal.ProgrammeModule;
import io.cocareer.toolbox.programme.internal.Programmes;
import io.cocareer.toolbox.programme.internal.Track;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leadership and expert development programmes: the catalogue (programmes, tracks, modules,
 * cohorts) and its changes, enrolment from the talent pool, progress per module and completion.
 * Who sees and does what is {@link ProgrammeAccess}'s: progress is the participant's, their
 * manager's and the talent lead's. Every change is audited without names; the participant is told
 * when enrolled. A change names the version it was based on: the programme's for the programme, its
 * tracks and modules, the cohort's for a cohort; a stale one is refused as a lost race.
 */
@Service
public class ProgrammeService {

	public static final int MAX_NAME = 200;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int MAX_EFFORT = 1000;

	public static final int MAX_CAPACITY = 500;

	private final Programmes programmes;

	private final ProgrammeCohorts cohorts;

	private final ProgrammeAccess access;

	private final PeopleDirectory people;

	private final AccountService accounts;

	private final TalentPool pool;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgrammeService(Programmes programmes, ProgrammeCohorts cohorts, ProgrammeAccess access, PeopleDirectory people,
			AccountService accounts, TalentPool pool, ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.access = access;
		this.people = people;
		this.accounts = accounts;
		this.pool = pool;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	public boolean mayManage(Actor actor) {
		return this.access.mayManage(actor);
	}

	// ---------------------------------------------------------------- reading

	/** Every programme with its tracks, modules and cohorts (counts only), for all staff. */
	@Transactional(readOnly = true)
	public List<ProgrammeView> list(Actor actor) {
		this.access.participant(actor);
		List<Programme> all = new ArrayList<>(this.programmes.findAll());
		all.sort(Comparator.comparing(Programme::name).thenComparing(Programme::id));
		return all.stream().map((p) -> view(actor, p)).toList();
	}

	@Transactional(readOnly = true)
	public ProgrammeView get(Actor actor, UUID programmeId) {
		this.access.participant(actor);
		return view(actor, this.programmes.findById(programmeId).orElseThrow(ProgrammeAccess::notFound));
	}

	/** A cohort with the rows the reader may see: all for the talent lead, a manager's team, one's own. */
	@Transactional(readOnly = true)
	public CohortView cohort(Actor actor, UUID cohortId) {
		UUID me = this.access.participant(actor);
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(ProgrammeAccess::cohortNotFound);
		Programme programme = this.programmes.findByTrackId(cohort.trackId()).orElseThrow(ProgrammeAccess::notFound);
		Track track = programme.track(cohort.trackId()).orElseThrow(ProgrammeAccess::notFound);
		Set<UUID> team = team(actor, me);
		List<Participant> visible = cohort.participants()
			.stream()
			.filter((p) -> this.access.mayReadProgress(actor, p.personId(), team.contains(p.personId())))
			.toList();
		PersonNames names = this.people.names(visible.stream().map(Participant::personId).toList());
		List<ParticipantView> rows = visible.stream()
			.map((p) -> row(actor, track, p, names))
			.sorted(Comparator.comparing(ParticipantView::name, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		return new CohortView(cohort.id(), programme.id(), programme.name(), trackView(track, false, null),
				cohort.name(), cohort.startsOn(), cohort.endsOn(), cohort.capacity(), cohort.enrolled(), rows,
				cohort.participants().size() - rows.size(), this.access.mayManage(actor), cohort.version(),
				this.access.mayChange(actor));
	}

	/** The actor's own participations. */
	@Transactional(readOnly = true)
	public List<ParticipationView> mine(Actor actor) {
		UUID me = this.access.participant(actor);
		return participations(this.cohorts.withParticipant(me), Set.of(me));
	}

	/** The participations of a manager's direct reports (empty for anybody else). */
	@Transactional(readOnly = true)
	public List<ParticipationView> team(Actor actor) {
		UUID me = this.access.participant(actor);
		Set<UUID> team = team(actor, me);
		if (team.isEmpty()) {
			return List.of();
		}
		return participations(this.cohorts.withAnyParticipant(team), team);
	}

	/** A person's participations, for their profile: empty unless the reader is them, their manager or the talent lead. */
	@Transactional(readOnly = true)
	public List<ParticipationView> of(Actor actor, UUID personId) {
		if (!this.access.takesPart(actor) || personId == null) {
			return List.of();
		}
		boolean manages = actor.has(Role.MANAGER)
				&& this.people.isManagerOf(actor.personId(), PersonId.of(personId));
		if (!this.access.mayReadProgress(actor, personId, manages)) {
			return List.of();
		}
		return participations(this.cohorts.withParticipant(personId), Set.of(personId));
	}

	// ---------------------------------------------------------------- building

	@Transactional
	public UUID create(Actor actor, CreateProgramme command) {
		requireManager(actor);
		List<InvalidInput> problems = programmeProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Programme programme = this.programmes
			.save(new Programme(command.name().strip(), text(command.description()), this.clock.instant()));
		audit("toolbox.programme.created", "toolboxProgramme", programme.id());
		return programme.id();
	}

	@Transactional
	public UUID addTrack(Actor actor, UUID programmeId, AddTrack command) {
		requireManager(actor);
		Programme programme = this.programmes.findById(programmeId).orElseThrow(ProgrammeAccess::notFound);
		List<InvalidInput> problems = trackProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Track track = programme.addTrack(command.kind(), command.name().strip());
		audit("toolbox.programme.trackAdded", "toolboxProgramme", programme.id());
		return track.id();
	}

	@Transactional
	public UUID addModule(Actor actor, UUID trackId, AddModule command) {
		requireManager(actor);
		Programme programme = this.programmes.findByTrackId(trackId).orElseThrow(ProgrammeAccess::notFound);
		List<InvalidInput> problems = moduleProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		ProgrammeModule module = programme.track(trackId)
			.orElseThrow(ProgrammeAccess::notFound)
			.addModule(command.title().strip(), text(command.description()), command.effortHours(), command.required());
		audit("toolbox.programme.moduleAdded", "toolboxProgramme", programme.id());
		return module.id();
	}

	@Transactional
	public UUID createCohort(Actor actor, UUID trackId, CreateCohort command) {
		requireManager(actor);
		this.programmes.findByTrackId(trackId).orElseThrow(ProgrammeAccess::notFound);
		List<InvalidInput> problems = cohortProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Cohort cohort = this.cohorts.save(new Cohort(trackId, command.name().strip(), command.startsOn(),
				command.endsOn(), command.capacity(), this.clock.instant()));
		audit("toolbox.programme.cohortCreated", "toolboxProgrammeCohort", cohort.id());
		return cohort.id();
	}

	// ---------------------------------------------------------------- changing

	/** A programme for its change forms: the talent lead's only (403 for anybody else). */
	@Transactional(readOnly = true)
	public ProgrammeView forChange(Actor actor, UUID programmeId) {
		requireChanger(actor);
		return get(actor, programmeId);
	}

	/** A cohort for its change form: the talent lead's only (403 for anybody else). */
	@Transactional(readOnly = true)
	public CohortView cohortForChange(Actor actor, UUID cohortId) {
		requireChanger(actor);
		return cohort(actor, cohortId);
	}

	/** The talent lead renames a programme and rewrites its description. */
	@Transactional
	public void change(Actor actor, UUID programmeId, ChangeProgramme command, long expectedVersion) {
		requireChanger(actor);
		Programme programme = changing(programmeId, expectedVersion);
		requireValid(programmeProblems(command));
		programme.describe(command.name().strip(), text(command.description()));
		audit("toolbox.programme.changed", "toolboxProgramme", programme.id());
	}

	/**
	 * The talent lead renames a track, and changes its kind while no cohort of it began.
	 * @return the id of the programme
	 */
	@Transactional
	public UUID changeTrack(Actor actor, UUID trackId, ChangeTrack command, long expectedVersion) {
		requireChanger(actor);
		Programme programme = changing(
				this.programmes.idOfTrack(trackId).orElseThrow(ProgrammeAccess::trackNotFound), expectedVersion);
		requireValid(trackProblems(command));
		Track track = programme.track(trackId).orElseThrow(ProgrammeAccess::trackNotFound);
		track.changeKind(command.kind(), this.cohorts.findByTrackIdIn(Set.of(trackId))
			.stream()
			.anyMatch((c) -> c.began(today())));
		track.rename(command.name().strip());
		audit("toolbox.programme.trackChanged", "toolboxProgramme", programme.id());
		return programme.id();
	}

	/**
	 * The talent lead changes a module's title, description and expected effort.
	 * @return the id of the programme
	 */
	@Transactional
	public UUID changeModule(Actor actor, UUID moduleId, ChangeModule command, long expectedVersion) {
		requireChanger(actor);
		Programme programme = changing(programmeOfModule(moduleId), expectedVersion);
		requireValid(moduleProblems(command));
		programme.trackOfModule(moduleId)
			.orElseThrow(ProgrammeAccess::moduleNotFound)
			.describeModule(moduleId, command.title().strip(), text(command.description()), command.effortHours());
		audit("toolbox.programme.moduleChanged", "toolboxProgramme", programme.id());
		return programme.id();
	}

	/**
	 * The talent lead moves a module one place up or down its track, while no participant of a
	 * cohort of the track has progress on it or on the module it swaps with.
	 * @return the id of the programme
	 */
	@Transactional
	public UUID moveModule(Actor actor, UUID moduleId, MoveDirection direction, long expectedVersion) {
		requireChanger(actor);
		if (direction == null) {
			throw new InvalidInput("direction", "toolbox.programme.module.directionRequired", "Choose up or down");
		}
		Programme programme = changing(programmeOfModule(moduleId), expectedVersion);
		Track track = programme.trackOfModule(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound);
		track.move(moduleId, direction, modulesWithProgress(this.cohorts.findByTrackIdIn(Set.of(track.id()))));
		audit("toolbox.programme.moduleMoved", "toolboxProgramme", programme.id());
		return programme.id();
	}

	/**
	 * The talent lead removes a module on which no participant has progress. Participants still
	 * enrolled who have now completed every required module complete.
	 * @return the id of the programme
	 */
	@Transactional
	public UUID removeModule(Actor actor, UUID moduleId, long expectedVersion) {
		requireChanger(actor);
		Programme programme = changing(programmeOfModule(moduleId), expectedVersion);
		Track track = programme.trackOfModule(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound);
		List<Cohort> cohorts = this.cohorts.findByTrackIdIn(Set.of(track.id()));
		Set<UUID> withProgress = modulesWithProgress(cohorts);
		track.requireRemovable(moduleId, withProgress);
		// rows set back to "not started" name the module: they go first
		cohorts.forEach((c) -> c.forgetModule(moduleId));
		this.cohorts.flush();
		track.remove(moduleId, withProgress);
		audit("toolbox.programme.moduleRemoved", "toolboxProgramme", programme.id());
		List<UUID> required = track.requiredModules();
		for (Cohort cohort : cohorts) {
			for (int i = cohort.completeWhoIsDone(required); i > 0; i--) {
				audit("toolbox.programme.completed", "toolboxProgrammeCohort", cohort.id());
			}
		}
		return programme.id();
	}

	/** The talent lead renames a cohort and moves its dates, by the rules of creating one. */
	@Transactional
	public void changeCohort(Actor actor, UUID cohortId, ChangeCohort command, long expectedVersion) {
		requireChanger(actor);
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(ProgrammeAccess::cohortNotFound);
		if (cohort.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The cohort changed since it was read");
		}
		requireValid(cohortProblems(command));
		cohort.reschedule(command.name().strip(), command.startsOn(), command.endsOn());
		audit("toolbox.programme.cohortChanged", "toolboxProgrammeCohort", cohort.id());
	}

	// ---------------------------------------------------------------- enrolment and progress

	/** The talent lead enrols a talent (once; within the capacity); the talent is told. */
	@Transactional
	public UUID enrol(Actor actor, UUID cohortId, PersonId personId) {
		requireManager(actor);
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(ProgrammeAccess::cohortNotFound);
		if (personId == null) {
			throw new InvalidInput("personId", "toolbox.programme.enrol.personRequired", "Choose a talent");
		}
		if (!currentTalents().contains(personId.value())) {
			throw new InvalidInput("personId", "toolbox.programme.enrol.notATalent",
					"Choose a talent from the talent pool");
		}
		Participant participant = cohort.enrol(personId.value(), today());
		audit("toolbox.programme.enrolled", "toolboxProgrammeCohort", cohort.id());
		this.events.publishEvent(Notice
			.toPeople("toolbox.programme.enrolled", Set.of(personId.value()), "notice.toolbox.programme.enrolled",
					List.of(), link(cohort.id()), "toolbox.programme.enrolled." + participant.id())
			.about(personId));
		return participant.id();
	}

	/** The talent lead withdraws a participant: their progress so far stays. */
	@Transactional
	public void withdraw(Actor actor, UUID cohortId, UUID participantId) {
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(ProgrammeAccess::cohortNotFound);
		Participant participant = visibleParticipant(actor, cohort, participantId);
		if (!this.access.mayManage(actor)) {
			throw new PermissionDenied("toolbox.programme.denied.withdraw", "The talent lead withdraws a participant");
		}
		if (participant.status() == ParticipantStatus.WITHDRAWN) {
			return;
		}
		// a completed participant is refused by the aggregate (409)
		participant.withdraw(today());
		audit("toolbox.programme.withdrawn", "toolboxProgrammeCohort", cohort.id());
	}

	/** The participant or the talent lead sets the progress on a module; completion follows. */
	@Transactional
	public void updateProgress(Actor actor, UUID cohortId, UUID participantId, UUID moduleId, ProgressState state) {
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(ProgrammeAccess::cohortNotFound);
		Participant participant = visibleParticipant(actor, cohort, participantId);
		if (state == null) {
			throw new InvalidInput("state", "toolbox.programme.progress.stateRequired", "Choose where it stands");
		}
		if (!this.access.keepsProgress(actor, participant)) {
			throw new PermissionDenied("toolbox.programme.denied.progress",
					"The participant and the talent lead update the progress");
		}
		if (participant.status() == ParticipantStatus.WITHDRAWN) {
			throw new BusinessRuleViolation("toolbox.programme.rule.withdrawn",
					"This participant has withdrawn: their progress no longer changes");
		}
		Track track = this.programmes.findByTrackId(cohort.trackId())
			.flatMap((p) -> p.track(cohort.trackId()))
			.orElseThrow(ProgrammeAccess::notFound);
		if (track.modules().stream().noneMatch((m) -> m.id().equals(moduleId))) {
			throw new InvalidInput("moduleId", "toolbox.programme.progress.moduleUnknown",
					"This module is not part of the cohort's track");
		}
		ParticipantStatus before = participant.status();
		participant.progress(moduleId, state, today(),
				track.modules().stream().filter(ProgrammeModule::required).map(ProgrammeModule::id).toList());
		audit("toolbox.programme.progress", "toolboxProgrammeCohort", cohort.id());
		if (before != ParticipantStatus.COMPLETED && participant.status() == ParticipantStatus.COMPLETED) {
			audit("toolbox.programme.completed", "toolboxProgrammeCohort", cohort.id());
		}
	}

	// ---------------------------------------------------------------- rules on input, all at once

	public static List<InvalidInput> programmeProblems(CreateProgramme command) {
		List<InvalidInput> problems = new ArrayList<>();
		name(problems, "name", command.name(), "toolbox.programme.name.required", "Give the programme a name");
		description(problems, command.description());
		return problems;
	}

	public static List<InvalidInput> programmeProblems(ChangeProgramme command) {
		return programmeProblems(new CreateProgramme(command.name(), command.description()));
	}

	/** A track's change: its name (its kind may stay as it is). */
	public static List<InvalidInput> trackProblems(ChangeTrack command) {
		List<InvalidInput> problems = new ArrayList<>();
		name(problems, "name", command.name(), "toolbox.programme.track.nameRequired", "Give the track a name");
		return problems;
	}

	public static List<InvalidInput> moduleProblems(ChangeModule command) {
		return moduleProblems(new AddModule(command.title(), command.description(), command.effortHours(), true));
	}

	/** A cohort's change: its name and dates, by the rules of creating one. */
	public static List<InvalidInput> cohortProblems(ChangeCohort command) {
		return cohortProblems(new CreateCohort(command.name(), command.startsOn(), command.endsOn(), null));
	}

	public static List<InvalidInput> trackProblems(AddTrack command) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.kind() == null) {
			problems.add(new InvalidInput("kind", "toolbox.programme.track.kindRequired",
					"Choose leadership or expert"));
		}
		name(problems, "name", command.name(), "toolbox.programme.track.nameRequired", "Give the track a name");
		return problems;
	}

	public static List<InvalidInput> moduleProblems(AddModule command) {
		List<InvalidInput> problems = new ArrayList<>();
		name(problems, "title", command.title(), "toolbox.programme.module.titleRequired", "Give the module a title");
		description(problems, command.description());
		if (command.effortHours() != null && (command.effortHours() < 1 || command.effortHours() > MAX_EFFORT)) {
			problems.add(new InvalidInput("effortHours", "toolbox.programme.module.effortRange",
					"The effort is between 1 and %d hours".formatted(MAX_EFFORT), 1, MAX_EFFORT));
		}
		return problems;
	}

	public static List<InvalidInput> cohortProblems(CreateCohort command) {
		List<InvalidInput> problems = new ArrayList<>();
		name(problems, "name", command.name(), "toolbox.programme.cohort.nameRequired", "Give the cohort a name");
		if (command.startsOn() == null) {
			problems.add(new InvalidInput("startsOn", "toolbox.programme.cohort.startRequired", "Choose when it starts"));
		}
		else if (command.endsOn() != null && !command.endsOn().isAfter(command.startsOn())) {
			problems.add(new InvalidInput("endsOn", "toolbox.programme.cohort.endBeforeStart",
					"The end comes after the start"));
		}
		if (command.capacity() != null && (command.capacity() < 1 || command.capacity() > MAX_CAPACITY)) {
			problems.add(new InvalidInput("capacity", "toolbox.programme.cohort.capacityRange",
					"The capacity is between 1 and %d".formatted(MAX_CAPACITY), 1, MAX_CAPACITY));
		}
		return problems;
	}

	private static void name(List<InvalidInput> problems, String field, String value, String code, String message) {
		if (value == null || value.isBlank()) {
			problems.add(new InvalidInput(field, code, message));
		}
		else if (value.strip().length() > MAX_NAME) {
			problems.add(new InvalidInput(field, "toolbox.programme.tooLong", "At most %d characters".formatted(MAX_NAME),
					MAX_NAME));
		}
	}

	private static void description(List<InvalidInput> problems, String value) {
		if (value != null && value.strip().length() > MAX_DESCRIPTION) {
			problems.add(new InvalidInput("description", "toolbox.programme.tooLong",
					"At most %d characters".formatted(MAX_DESCRIPTION), MAX_DESCRIPTION));
		}
	}

	private static String text(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

	// ---------------------------------------------------------------- helpers

	public static String link(UUID cohortId) {
		return "/toolbox/programmes/cohorts/" + cohortId;
	}

	/**
	 * The talents who may be enrolled: people with the talent role on an enabled account and the
	 * active talent pool, who still work here.
	 */
	public Set<UUID> currentTalents() {
		Set<UUID> ids = new HashSet<>();
		this.accounts.enabledAccountsHolding(Set.of(Role.TALENT))
			.stream()
			.map(AccountRef::personId)
			.filter(java.util.Objects::nonNull)
			.forEach((id) -> ids.add(id.value()));
		this.pool.activeTalentIds().forEach((id) -> ids.add(id.value()));
		Set<UUID> current = new HashSet<>();
		this.people.summaries(ids).forEach((id, person) -> {
			if (person.status() != PersonStatus.LEFT) {
				current.add(id);
			}
		});
		return current;
	}

	private static void requireValid(List<InvalidInput> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private void requireChanger(Actor actor) {
		this.access.participant(actor);
		if (!this.access.mayChange(actor)) {
			throw new PermissionDenied("toolbox.programme.denied.change",
					"The talent lead changes programmes, tracks, modules and cohorts");
		}
	}

	/** The programme to change, as of the version the change was based on (else a lost race). */
	private Programme changing(UUID programmeId, long expectedVersion) {
		Programme programme = this.programmes.findForChange(programmeId).orElseThrow(ProgrammeAccess::notFound);
		if (programme.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The programme changed since it was read");
		}
		return programme;
	}

	private UUID programmeOfModule(UUID moduleId) {
		return this.programmes.idOfModule(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound);
	}

	private static Set<UUID> modulesWithProgress(List<Cohort> cohorts) {
		Set<UUID> modules = new HashSet<>();
		cohorts.forEach((c) -> modules.addAll(c.modulesWithProgress()));
		return modules;
	}

	private void requireManager(Actor actor) {
		this.access.participant(actor);
		if (!this.access.mayManage(actor)) {
			throw new PermissionDenied("toolbox.programme.denied.manage",
					"The talent lead builds programmes and enrols participants");
		}
	}

	/** A participant of the cohort whose progress the actor reads; for anybody else they do not exist. */
	private Participant visibleParticipant(Actor actor, Cohort cohort, UUID participantId) {
		UUID me = this.access.participant(actor);
		Participant participant = cohort.participantById(participantId)
			.orElseThrow(ProgrammeAccess::participantNotFound);
		boolean manages = team(actor, me).contains(participant.personId());
		if (!this.access.mayReadProgress(actor, participant.personId(), manages)) {
			throw ProgrammeAccess.participantNotFound();
		}
		return participant;
	}

	private Set<UUID> team(Actor actor, UUID me) {
		if (!actor.has(Role.MANAGER)) {
			return Set.of();
		}
		Set<UUID> team = new HashSet<>();
		this.people.directReports(PersonId.of(me)).forEach((p) -> team.add(p.id()));
		return team;
	}

	private ProgrammeView view(Actor actor, Programme programme) {
		Map<UUID, Track> tracks = new HashMap<>();
		programme.tracks().forEach((t) -> tracks.put(t.id(), t));
		List<Cohort> found = tracks.isEmpty() ? List.of() : this.cohorts.findByTrackIdIn(tracks.keySet());
		List<CohortSummary> cohorts = found.stream().map((c) -> {
			Track t = tracks.get(c.trackId());
			int completed = (int) c.participants()
				.stream()
				.filter((p) -> p.status() == ParticipantStatus.COMPLETED)
				.count();
			return new CohortSummary(c.id(), t.id(), t.name(), t.kind(), c.name(), c.startsOn(), c.endsOn(),
					c.capacity(), c.enrolled(), completed);
		}).sorted(Comparator.comparing(CohortSummary::startsOn).reversed()).toList();
		boolean changes = this.access.mayChange(actor);
		LocalDate today = today();
		Set<UUID> withProgress = (changes && !found.isEmpty()) ? this.cohorts.modulesWithProgress(tracks.keySet())
				: Set.of();
		List<TrackView> trackViews = programme.tracks()
			.stream()
			.map((t) -> trackView(t,
					changes && found.stream().noneMatch((c) -> c.trackId().equals(t.id()) && c.began(today)),
					changes ? withProgress : null))
			.toList();
		return new ProgrammeView(programme.id(), programme.name(), programme.description(), trackViews, cohorts,
				programme.version(), this.access.mayManage(actor));
	}

	/**
	 * @param mayChangeKind whether the reader changes the track's kind
	 * @param withProgress the modules with progress, for a reader who changes the track; {@code null}
	 * for anybody else (they move and remove nothing)
	 */
	private static TrackView trackView(Track track, boolean mayChangeKind, Set<UUID> withProgress) {
		List<ProgrammeModule> modules = track.modules();
		List<ModuleView> views = new ArrayList<>();
		for (int i = 0; i < modules.size(); i++) {
			ProgrammeModule m = modules.get(i);
			boolean free = withProgress != null && !withProgress.contains(m.id());
			boolean up = free && i > 0 && !withProgress.contains(modules.get(i - 1).id());
			boolean down = free && i < modules.size() - 1 && !withProgress.contains(modules.get(i + 1).id());
			views.add(new ModuleView(m.id(), m.position(), m.title(), m.description(), m.effortHours(), m.required(),
					up, down, free));
		}
		return new TrackView(track.id(), track.kind(), track.name(), views, mayChangeKind);
	}

	private ParticipantView row(Actor actor, Track track, Participant participant, PersonNames names) {
		List<ProgressView> progress = track.modules().stream().map((m) -> {
			ModuleProgress p = participant.progressOn(m.id()).orElse(null);
			return (p != null) ? new ProgressView(m.id(), p.state(), p.completedOn())
					: new ProgressView(m.id(), ProgressState.NOT_STARTED, null);
		}).toList();
		int completed = (int) progress.stream().filter((p) -> p.state() == ProgressState.COMPLETED).count();
		List<ProgrammeModule> required = track.modules().stream().filter(ProgrammeModule::required).toList();
		int requiredCompleted = (int) required.stream()
			.filter((m) -> participant.progressOn(m.id()).map((p) -> p.state() == ProgressState.COMPLETED).orElse(false))
			.count();
		return new ParticipantView(participant.id(), participant.personId(),
				names.of(PersonId.of(participant.personId()), null), participant.status(), participant.enrolledOn(),
				participant.completedOn(), participant.withdrawnOn(), progress, completed, required.size(),
				requiredCompleted, this.access.mayUpdateProgress(actor, participant),
				this.access.mayWithdraw(actor, participant));
	}

	private List<ParticipationView> participations(List<Cohort> found, Set<UUID> of) {
		List<ParticipationView> views = new ArrayList<>();
		Map<UUID, PersonSummary> summaries = this.people.summaries(of);
		PersonNames names = this.people.namesOf(summaries);
		for (Cohort cohort : found) {
			Programme programme = this.programmes.findByTrackId(cohort.trackId()).orElse(null);
			if (programme == null) {
				continue;
			}
			Track track = programme.track(cohort.trackId()).orElseThrow();
			for (Participant p : cohort.participants()) {
				if (!of.contains(p.personId())) {
					continue;
				}
				int completed = (int) track.modules()
					.stream()
					.filter((m) -> p.progressOn(m.id()).map((x) -> x.state() == ProgressState.COMPLETED).orElse(false))
					.count();
				views.add(new ParticipationView(p.id(), p.personId(), names.of(PersonId.of(p.personId()), null),
						programme.id(), programme.name(), track.kind(), track.name(), cohort.id(), cohort.name(),
						cohort.startsOn(), cohort.endsOn(), p.status(), p.completedOn(), completed,
						track.modules().size()));
			}
		}
		views.sort(Comparator.comparing(ParticipationView::startsOn).reversed()
			.thenComparing(ParticipationView::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return views;
	}

	private void audit(String action, String subjectType, UUID subjectId) {
		this.events.publishEvent(AuditEvent.career(action, subjectType, subjectId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
