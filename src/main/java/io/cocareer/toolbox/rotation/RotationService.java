package io.cocareer.toolbox.rotation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPool;
import io.cocareer.talent.TalentPoolEntry;
import io.cocareer.toolbox.assignment.InfeasiblePins;
import io.cocareer.toolbox.rotation.internal.RotationAccess;
import io.cocareer.toolbox.rotation.internal.RotationPlan;
import io.cocareer.toolbox.rotation.internal.RotationPlans;
import io.cocareer.toolbox.rotation.internal.RotationProblem;
import io.cocareer.tour.TourPlanning;
import io.cocareer.tour.TourPlanning.OpenSeats;
import io.cocareer.tour.TourPlanning.PackageScore;
import io.cocareer.tour.TourPlanning.Reason;
import io.cocareer.tour.TourType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rotation plans (see the package's Javadoc): made, pinned, forbidden and re-run by the talent
 * lead, confirmed into proposed tours in one transaction, read by managers for their reports. Every
 * read and change passes {@link RotationAccess}.
 */
@Service
@Transactional
public class RotationService {

	public static final int MAX_NAME = 120;

	/** The largest cohort and package list a plan takes (the tours' scoring runs per talent). */
	public static final int MAX_TALENTS = 200;

	public static final int MAX_PACKAGES = 200;

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final RotationPlans plans;

	private final RotationAccess access;

	private final TourPlanning tours;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RotationService(RotationPlans plans, RotationAccess access, TourPlanning tours, TalentPool pool,
			PeopleDirectory people, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.tours = tours;
		this.pool = pool;
		this.people = people;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	// ---- reads -------------------------------------------------------------------------------

	public boolean mayPlan(Actor actor) {
		return this.access.mayPlan(actor);
	}

	public boolean mayUse(Actor actor) {
		return this.access.mayUse(actor);
	}

	/** The plans the actor reads, latest first: all for the lead, those with their reports for a manager. */
	@Transactional(readOnly = true)
	public List<PlanSummary> list(Actor actor) {
		this.access.requireUse(actor);
		Set<UUID> reports = reports(actor);
		List<RotationPlan> found = this.access.mayPlan(actor) ? this.plans.findAllByOrderByPlannedAtDesc()
				: reports.isEmpty() ? List.of() : this.plans.withAnyOf(reports);
		List<PlanSummary> summaries = new ArrayList<>();
		for (RotationPlan plan : found) {
			Set<UUID> visible = this.access.visiblePeople(actor, plan, reports);
			if (visible.isEmpty() && !this.access.mayPlan(actor)) {
				continue;
			}
			int placed = (int) plan.pairs().stream().filter((p) -> visible.contains(p.personId())).count();
			summaries.add(new PlanSummary(plan.id(), plan.name(), plan.status(), visible.size(), plan.packages().size(),
					placed, plan.plannedAt(), plan.confirmedAt()));
		}
		return summaries;
	}

	/** What a new plan is made of: the talent pool (of a unit, if named) and the open rotational packages. */
	@Transactional(readOnly = true)
	public Candidates candidates(Actor actor, String unitName) {
		this.access.requirePlanner(actor);
		String unit = (unitName == null || unitName.isBlank()) ? null : unitName.strip();
		List<Candidates.Talent> talents = new ArrayList<>();
		int page = 0;
		while (true) {
			var found = this.pool.pool(actor, new PoolFilter(null, unit, false), new Paging(page, Paging.MAX_SIZE));
			for (TalentPoolEntry entry : found.items()) {
				talents.add(new Candidates.Talent(entry.personId().value(), entry.name(), entry.title(), entry.unitName()));
			}
			if (found.items().size() < Paging.MAX_SIZE || page >= 50) {
				break;
			}
			page++;
		}
		talents.sort(Comparator.comparing(Candidates.Talent::name, String.CASE_INSENSITIVE_ORDER));
		return new Candidates(talents, this.tours.openSeats(actor, TourType.ROTATIONAL));
	}

	/** The units the talents of the pool may be filtered by. */
	@Transactional(readOnly = true)
	public List<String> unitNames() {
		return this.people.units().stream().map(io.cocareer.people.UnitView::name).sorted().distinct().toList();
	}

	@Transactional(readOnly = true)
	public PlanView get(Actor actor, UUID id) {
		Set<UUID> reports = reports(actor);
		RotationPlan plan = this.access.readable(actor, found(id), reports);
		return view(actor, plan, this.access.visiblePeople(actor, plan, reports));
	}

	// ---- writes ------------------------------------------------------------------------------

	/** Every problem of a new plan's input, at once (for the form and the API alike). */
	public static List<InvalidInput> createProblems(CreatePlan command) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.name() == null || command.name().isBlank()) {
			problems.add(new InvalidInput("name", "toolbox.rotation.field.required", "Required"));
		}
		else if (command.name().strip().length() > MAX_NAME) {
			problems.add(new InvalidInput("name", "toolbox.rotation.name.tooLong", "At most %d characters".formatted(MAX_NAME),
					MAX_NAME));
		}
		if (command.talentIds().isEmpty()) {
			problems.add(new InvalidInput("talentIds", "toolbox.rotation.talents.none", "Choose at least one talent"));
		}
		else if (command.talentIds().size() > MAX_TALENTS) {
			problems.add(new InvalidInput("talentIds", "toolbox.rotation.talents.tooMany",
					"At most %d talents in one plan".formatted(MAX_TALENTS), MAX_TALENTS));
		}
		if (command.packageIds().isEmpty()) {
			problems.add(new InvalidInput("packageIds", "toolbox.rotation.packages.none", "Choose at least one package"));
		}
		else if (command.packageIds().size() > MAX_PACKAGES) {
			problems.add(new InvalidInput("packageIds", "toolbox.rotation.packages.tooMany",
					"At most %d packages in one plan".formatted(MAX_PACKAGES), MAX_PACKAGES));
		}
		return problems;
	}

	/** Makes a draft plan of the cohort and packages, and runs it. */
	public UUID create(Actor actor, CreatePlan command) {
		this.access.requirePlanner(actor);
		List<InvalidInput> problems = createProblems(command);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Map<UUID, PersonSummary> found = this.people.summaries(command.talentIds());
		for (UUID talentId : command.talentIds()) {
			PersonSummary person = found.get(talentId);
			if (person == null || person.status() == PersonStatus.LEFT) {
				throw new InvalidInput("talentIds", "toolbox.rotation.talents.unknown",
						"Choose talents of the organisation who have not left");
			}
		}
		Set<UUID> open = new HashSet<>();
		this.tours.openSeats(actor, TourType.ROTATIONAL).forEach((s) -> open.add(s.id()));
		for (UUID packageId : command.packageIds()) {
			if (!open.contains(packageId)) {
				throw new InvalidInput("packageIds", "toolbox.rotation.packages.notOpen",
						"Choose open rotational work packages");
			}
		}
		Instant now = this.clock.instant();
		RotationPlan plan = RotationPlan.draft(command.name().strip(), actor.personId().value(),
				new LinkedHashSet<>(command.talentIds()), now);
		List<RotationPlan.PlannedPackage> packages = command.packageIds()
			.stream()
			.map((id) -> new RotationPlan.PlannedPackage(id, "", 0, true))
			.toList();
		plan.planned(packages, List.of(), List.of(), now);
		run(actor, plan);
		this.plans.saveAndFlush(plan);
		this.events.publishEvent(AuditEvent.career("toolbox.rotation.planned", "rotationPlan", plan.id(),
				AuditEvent.text(plan.name())));
		return plan.id();
	}

	/** Runs the plan again on today's seats and scores, its pins and forbids kept. */
	public void rerun(Actor actor, UUID id, long expectedVersion) {
		RotationPlan plan = editable(actor, id, expectedVersion);
		run(actor, plan);
		this.plans.flush();
	}

	/**
	 * Pins or forbids a pair ({@code kind} {@code null}: takes the lead's word back) and runs the
	 * plan again; a pin that cannot hold is refused, naming why.
	 */
	public void rule(Actor actor, UUID id, UUID personId, UUID packageId, RuleKind kind, long expectedVersion) {
		RotationPlan plan = editable(actor, id, expectedVersion);
		if (personId == null || !plan.cohort().contains(personId)) {
			throw new InvalidInput("personId", "toolbox.rotation.rule.unknownTalent", "Choose a talent of the plan");
		}
		if (packageId == null || plan.packages().stream().noneMatch((p) -> p.packageId().equals(packageId))) {
			throw new InvalidInput("packageId", "toolbox.rotation.rule.unknownPackage", "Choose a package of the plan");
		}
		plan.rule(personId, packageId, kind);
		run(actor, plan);
		this.plans.flush();
		this.events.publishEvent(AuditEvent.career("toolbox.rotation.ruled", "rotationPlan", plan.id(),
				AuditEvent.text(plan.name()), AuditEvent.term((kind != null) ? kind.messageKey() : "toolbox.rotation.rule.none")));
	}

	/**
	 * Proposes every tour of the plan in one step: refused with what changed when a package has
	 * filled or closed since the last run, or a talent has left; all or nothing (a tour that cannot
	 * be proposed refuses the whole, naming each).
	 */
	public List<UUID> confirm(Actor actor, UUID id, long expectedVersion) {
		RotationPlan plan = editable(actor, id, expectedVersion);
		if (plan.pairs().isEmpty()) {
			throw new BusinessRuleViolation("toolbox.rotation.nothingToConfirm", "The plan places nobody");
		}
		Map<UUID, OpenSeats> now = new HashMap<>();
		this.tours.openSeats(actor, TourType.ROTATIONAL).forEach((s) -> now.put(s.id(), s));
		Map<UUID, Long> filling = plan.pairs()
			.stream()
			.collect(Collectors.groupingBy(RotationPlan.Pair::packageId, Collectors.counting()));
		Map<UUID, String> names = names(plan.cohort());
		List<String> changes = new ArrayList<>();
		for (RotationPlan.PlannedPackage pkg : plan.packages()) {
			long wanted = filling.getOrDefault(pkg.packageId(), 0L);
			if (wanted == 0) {
				continue;
			}
			OpenSeats seats = now.get(pkg.packageId());
			if (seats == null) {
				changes.add("%s is no longer open".formatted(pkg.title()));
			}
			else if (seats.open() < wanted) {
				changes.add("%s has %d open seat(s) now, the plan fills %d".formatted(pkg.title(), seats.open(), wanted));
			}
		}
		Map<UUID, PersonSummary> cohort = this.people.summaries(plan.pairs().stream().map(RotationPlan.Pair::personId).toList());
		for (RotationPlan.Pair pair : plan.pairs()) {
			PersonSummary person = cohort.get(pair.personId());
			if (person == null || person.status() == PersonStatus.LEFT) {
				changes.add("%s has left".formatted(names.getOrDefault(pair.personId(), "A talent")));
			}
		}
		if (!changes.isEmpty()) {
			throw new BusinessRuleViolation("toolbox.rotation.stale",
					"The plan is out of date; run it again: " + String.join("; ", changes), String.join("; ", changes));
		}
		Map<UUID, String> titles = new HashMap<>();
		plan.packages().forEach((p) -> titles.put(p.packageId(), p.title()));
		List<String> failed = new ArrayList<>();
		List<UUID> proposed = new ArrayList<>();
		for (RotationPlan.Pair pair : plan.pairs()) {
			try {
				UUID tour = this.tours.propose(actor, pair.personId(), pair.packageId());
				pair.proposed(tour);
				proposed.add(tour);
			}
			catch (DomainException ex) {
				failed.add("%s on %s: %s".formatted(names.getOrDefault(pair.personId(), "A talent"),
						titles.get(pair.packageId()), ex.getMessage()));
			}
		}
		if (!failed.isEmpty()) {
			// thrown out of the transaction: the tours proposed before are rolled back with it
			throw new BusinessRuleViolation("toolbox.rotation.notProposed",
					"No tour was proposed; these could not be: " + String.join("; ", failed), String.join("; ", failed));
		}
		plan.confirmed(actor.personId().value(), this.clock.instant());
		this.plans.flush();
		this.events.publishEvent(AuditEvent.career("toolbox.rotation.confirmed", "rotationPlan", plan.id(),
				AuditEvent.text(plan.name())));
		return proposed;
	}

	/** Discards a draft plan. */
	public void discard(Actor actor, UUID id, long expectedVersion) {
		RotationPlan plan = editable(actor, id, expectedVersion);
		this.plans.delete(plan);
		this.plans.flush();
		this.events.publishEvent(AuditEvent.career("toolbox.rotation.discarded", "rotationPlan", id,
				AuditEvent.text(plan.name())));
	}

	// ---- the run -------------------------------------------------------------------------------

	private void run(Actor actor, RotationPlan plan) {
		Map<UUID, OpenSeats> open = new HashMap<>();
		this.tours.openSeats(actor, TourType.ROTATIONAL).forEach((s) -> open.put(s.id(), s));
		List<RotationPlan.PlannedPackage> seen = new ArrayList<>();
		List<RotationProblem.Seats> seats = new ArrayList<>();
		for (RotationPlan.PlannedPackage pkg : plan.packages()) {
			OpenSeats now = open.get(pkg.packageId());
			if (now != null) {
				seen.add(new RotationPlan.PlannedPackage(pkg.packageId(), now.title(), now.open(), true));
				seats.add(new RotationProblem.Seats(pkg.packageId(), now.open()));
			}
			else {
				seen.add(new RotationPlan.PlannedPackage(pkg.packageId(), pkg.title(), 0, false));
			}
		}
		List<RotationProblem.Talent> talents = new ArrayList<>();
		for (UUID personId : plan.cohort()) {
			PersonView person = this.people.find(PersonId.of(personId)).orElse(null);
			UnplacedReason ineligible = (person == null || person.status() == PersonStatus.LEFT) ? UnplacedReason.LEFT
					: (person.managerId() == null) ? UnplacedReason.NO_MANAGER : null;
			talents.add(new RotationProblem.Talent(personId, ineligible));
		}
		List<UUID> eligible = talents.stream()
			.filter((t) -> t.ineligible() == null)
			.map(RotationProblem.Talent::personId)
			.toList();
		Map<UUID, Map<UUID, PackageScore>> scores = eligible.isEmpty() || seats.isEmpty() ? Map.of()
				: this.tours.scores(actor, eligible, seats.stream().map(RotationProblem.Seats::packageId).toList());
		List<RotationProblem.Rule> rules = plan.rules()
			.stream()
			.filter((r) -> open.containsKey(r.packageId()) || r.kind() == RuleKind.PIN)
			.map((r) -> new RotationProblem.Rule(r.personId(), r.packageId(), r.kind()))
			.toList();
		RotationProblem.Result result;
		try {
			result = RotationProblem.solve(talents, seats, scores, rules);
		}
		catch (InfeasiblePins ex) {
			throw pinsRefused(plan, seen, ex);
		}
		List<RotationPlan.Pair> pairs = new ArrayList<>();
		for (RotationProblem.Chosen chosen : result.pairs()) {
			PackageScore score = scores.get(chosen.personId()).get(chosen.packageId());
			pairs.add(new RotationPlan.Pair(chosen.personId(), chosen.packageId(), chosen.score(), chosen.pinned(),
					this.json.writeValueAsString(score.explanation())));
		}
		List<RotationPlan.Unplaced> unplaced = result.unplaced()
			.stream()
			.map((u) -> new RotationPlan.Unplaced(u.personId(), u.reason()))
			.toList();
		plan.planned(seen, pairs, unplaced, this.clock.instant());
	}

	private BusinessRuleViolation pinsRefused(RotationPlan plan, List<RotationPlan.PlannedPackage> packages,
			InfeasiblePins ex) {
		Map<UUID, String> names = names(plan.cohort());
		Map<String, String> titles = new HashMap<>();
		packages.forEach((p) -> titles.put(p.packageId().toString(), p.title()));
		List<String> why = new ArrayList<>();
		for (InfeasiblePins.Conflict conflict : ex.conflicts()) {
			String person = (conflict.person() != null)
					? names.getOrDefault(UUID.fromString(conflict.person()), "A talent") : null;
			String place = (conflict.place() != null) ? titles.getOrDefault(conflict.place(), "a package") : null;
			why.add(switch (conflict.kind()) {
				case PAIR_NOT_ALLOWED -> "%s cannot go to %s (no room in their week, no match, or not open)"
					.formatted(person, place);
				case PERSON_OVER_CAPACITY -> (conflict.capacity() == 0)
						? "%s cannot be placed (left, or no manager)".formatted(person)
						: "%s is pinned to %d packages".formatted(person, conflict.pins());
				case PLACE_OVER_CAPACITY -> "%s has %d open seat(s) for %d pins".formatted(place, conflict.capacity(),
						conflict.pins());
			});
		}
		String text = String.join("; ", why);
		return new BusinessRuleViolation("toolbox.rotation.pinsInfeasible", "The pins cannot all hold: " + text, text);
	}

	// ---- helpers -------------------------------------------------------------------------------

	private RotationPlan editable(Actor actor, UUID id, long expectedVersion) {
		RotationPlan plan = this.access.readable(actor, found(id), reports(actor));
		this.access.requirePlanner(actor);
		if (plan.status() != PlanStatus.DRAFT) {
			throw new BusinessRuleViolation("toolbox.rotation.confirmed", "The plan is confirmed: its tours are proposed");
		}
		if (plan.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Rotation plan %s changed in the meantime".formatted(id));
		}
		return plan;
	}

	private RotationPlan found(UUID id) {
		return this.plans.findById(id).orElseThrow(RotationAccess::notFound);
	}

	private Set<UUID> reports(Actor actor) {
		if (actor.personId() == null) {
			return Set.of();
		}
		return this.people.directReports(actor.personId()).stream().map(PersonSummary::id).collect(Collectors.toSet());
	}

	private Map<UUID, String> names(java.util.Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		this.people.summaries(ids).forEach((id, person) -> names.put(id, person.fullName()));
		return names;
	}

	private PlanView view(Actor actor, RotationPlan plan, Set<UUID> visible) {
		Set<UUID> named = new HashSet<>(visible);
		if (plan.createdBy() != null) {
			named.add(plan.createdBy());
		}
		Map<UUID, String> names = names(named);
		String former = "A former colleague";
		Map<UUID, String> titles = new HashMap<>();
		Map<UUID, Long> filled = plan.pairs()
			.stream()
			.collect(Collectors.groupingBy(RotationPlan.Pair::packageId, Collectors.counting()));
		List<PlanView.PackageLine> packages = new ArrayList<>();
		for (RotationPlan.PlannedPackage pkg : plan.packages()) {
			titles.put(pkg.packageId(), pkg.title());
			packages.add(new PlanView.PackageLine(pkg.packageId(), pkg.title(), pkg.openSeats(), pkg.stillOpen(),
					filled.getOrDefault(pkg.packageId(), 0L).intValue()));
		}
		Comparator<String> byName = String.CASE_INSENSITIVE_ORDER;
		List<PlanView.PairLine> pairs = plan.pairs()
			.stream()
			.filter((p) -> visible.contains(p.personId()))
			.map((p) -> new PlanView.PairLine(p.personId(), names.getOrDefault(p.personId(), former), p.packageId(),
					titles.get(p.packageId()), p.score(), p.pinned(), reasons(p.explanation()), p.tourId()))
			.sorted(Comparator.comparing(PlanView.PairLine::packageTitle, byName).thenComparing(PlanView.PairLine::name, byName))
			.toList();
		List<PlanView.UnplacedLine> unplaced = plan.unplaced()
			.stream()
			.filter((u) -> visible.contains(u.personId()))
			.map((u) -> new PlanView.UnplacedLine(u.personId(), names.getOrDefault(u.personId(), former), u.reason()))
			.sorted(Comparator.comparing(PlanView.UnplacedLine::name, byName))
			.toList();
		List<PlanView.RuleLine> rules = plan.rules()
			.stream()
			.filter((r) -> visible.contains(r.personId()))
			.map((r) -> new PlanView.RuleLine(r.personId(), names.getOrDefault(r.personId(), former), r.packageId(),
					titles.get(r.packageId()), r.kind()))
			.sorted(Comparator.comparing(PlanView.RuleLine::name, byName))
			.toList();
		List<PlanView.TalentLine> cohort = plan.cohort()
			.stream()
			.filter(visible::contains)
			.map((id) -> new PlanView.TalentLine(id, names.getOrDefault(id, former)))
			.sorted(Comparator.comparing(PlanView.TalentLine::name, byName))
			.toList();
		boolean mayEdit = this.access.mayEdit(actor, plan);
		return new PlanView(plan.id(), plan.name(), plan.status(),
				(plan.createdBy() != null) ? names.get(plan.createdBy()) : null, plan.createdAt(), plan.plannedAt(),
				plan.confirmedAt(), this.access.mayPlan(actor) ? plan.totalScore() : pairs.stream().mapToLong(PlanView.PairLine::score).sum(),
				plan.version(), packages, pairs, unplaced, rules, cohort, plan.cohort().size() - cohort.size(), mayEdit,
				mayEdit && !plan.pairs().isEmpty());
	}

	private List<Reason> reasons(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return this.json.readValue(stored, REASONS);
	}

}
