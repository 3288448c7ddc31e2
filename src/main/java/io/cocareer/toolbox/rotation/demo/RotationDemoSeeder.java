package io.cocareer.toolbox.rotation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPool;
import io.cocareer.talent.TalentPoolEntry;
import io.cocareer.toolbox.rotation.CreatePlan;
import io.cocareer.toolbox.rotation.PlanView;
import io.cocareer.toolbox.rotation.RotationService;
import io.cocareer.toolbox.rotation.RuleKind;
import io.cocareer.toolbox.rotation.internal.RotationBackdating;
import io.cocareer.tour.TourPlanning;
import io.cocareer.tour.TourPlanning.NewPackage;
import io.cocareer.tour.TourPlanning.OpenSeats;
import io.cocareer.tour.TourType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's rotation plans, with the demo's tours (off with {@code cocareer.demo.tours=false},
 * as the tours' own demo): the demo lead opens three rotational work packages through the tours'
 * {@link TourPlanning}, then the demo lead ({@code lead}) plans
 * twice through the service: a plan of Tara ({@code talent}) and three others, one of them a
 * report of the demo manager, confirmed three weeks ago (its tours proposed, Tara's among them);
 * and a draft of five other talents with a pin, ready to confirm. The manager ({@code manager})
 * reads both for their reports' lines.
 */
@Component
@ConditionalOnProperty(name = "cocareer.demo.tours", havingValue = "true", matchIfMissing = true)
class RotationDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(RotationDemoSeeder.class);

	private final RotationService rotation;

	private final RotationBackdating history;

	private final TourPlanning tours;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final CompetencyCatalogue competencies;

	private final Clock clock;

	RotationDemoSeeder(RotationService rotation, RotationBackdating history, TourPlanning tours,
			TalentPool pool, PeopleDirectory people, CompetencyCatalogue competencies, Clock clock) {
		this.rotation = rotation;
		this.history = history;
		this.tours = tours;
		this.pool = pool;
		this.people = people;
		this.competencies = competencies;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		// after the tours' demo, whose tours take seats and weeks
		return 210;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		loadPackages(lead, demo.manager());
		List<OpenSeats> open = this.tours.openSeats(lead, TourType.ROTATIONAL)
			.stream()
			.filter((s) -> s.open() > 0)
			.toList();
		if (open.size() < 2) {
			log.info("Demo rotation plans skipped: fewer than two open rotational packages");
			return;
		}
		UUID tara = demo.talent().personId().value();
		List<UUID> reports = this.people.directReports(demo.manager().personId())
			.stream()
			.map(PersonSummary::id)
			.toList();
		List<TalentPoolEntry> talents = this.pool.pool(lead, PoolFilter.none(), new Paging(0, Paging.MAX_SIZE)).items();
		List<UUID> managed = new ArrayList<>();
		List<UUID> others = new ArrayList<>();
		for (TalentPoolEntry entry : talents) {
			UUID id = entry.personId().value();
			if (id.equals(tara) || hasNoManager(id)) {
				continue;
			}
			(reports.contains(id) ? managed : others).add(id);
		}
		if (others.size() < 8) {
			log.info("Demo rotation plans skipped: fewer than eight talents in the pool");
			return;
		}
		// confirmed three weeks ago: Tara, a report of the manager and two others on the first two packages
		List<UUID> firstCohort = new ArrayList<>(List.of(tara));
		if (!managed.isEmpty()) {
			firstCohort.add(managed.get(0));
		}
		firstCohort.addAll(others.subList(0, 3));
		UUID confirmed = this.rotation.create(lead, new CreatePlan("Spring rotation: customer journeys", firstCohort,
				open.subList(0, 2).stream().map(OpenSeats::id).toList()));
		PlanView first = this.rotation.get(lead, confirmed);
		boolean taraPlaced = first.pairs().stream().anyMatch((p) -> p.personId().equals(tara));
		if (!taraPlaced) {
			first.packages()
				.stream()
				.filter((p) -> p.stillOpen() && p.openSeats() > p.filled())
				.findFirst()
				.ifPresent((p) -> this.rotation.rule(lead, confirmed, tara, p.packageId(), RuleKind.PIN,
						this.rotation.get(lead, confirmed).version()));
		}
		this.rotation.confirm(lead, confirmed, this.rotation.get(lead, confirmed).version());
		this.history.backdate(confirmed, 21);

		// a draft ready to confirm: five others, a report of the manager among them, on what is still open
		List<OpenSeats> still = this.tours.openSeats(lead, TourType.ROTATIONAL).stream().filter((s) -> s.open() > 0).toList();
		if (still.isEmpty()) {
			log.info("Demo rotation plans: no seat left for the draft");
			return;
		}
		List<UUID> secondCohort = new ArrayList<>();
		if (managed.size() > 1) {
			secondCohort.add(managed.get(1));
		}
		secondCohort.addAll(others.subList(3, 8));
		UUID draft = this.rotation.create(lead, new CreatePlan("Autumn rotation: operations and partners", secondCohort,
				still.stream().map(OpenSeats::id).toList()));
		PlanView second = this.rotation.get(lead, draft);
		if (!second.pairs().isEmpty()) {
			PlanView.PairLine pair = second.pairs().get(0);
			this.rotation.rule(lead, draft, pair.personId(), pair.packageId(), RuleKind.PIN, second.version());
		}
		this.history.backdate(draft, 2);
		log.info("Demo rotation plans: one confirmed, one draft");
	}

	private boolean hasNoManager(UUID personId) {
		return this.people.find(io.cocareer.shared.PersonId.of(personId)).map(PersonView::managerId).isEmpty();
	}

	/** Three open rotational packages for the demo's plans, unless the catalogue has enough seats open already. */
	private void loadPackages(Actor lead, Actor manager) {
		int seats = this.tours.openSeats(lead, TourType.ROTATIONAL).stream().mapToInt(OpenSeats::open).sum();
		if (seats >= 8) {
			return;
		}
		PersonView sponsor = this.people.get(manager.personId());
		Map<String, UUID> ids = this.competencies.competencies()
			.stream()
			.collect(Collectors.toMap(CompetencyView::name, CompetencyView::id, (a, b) -> a));
		Function<String, Map<UUID, Integer>> needs = (names) -> java.util.Arrays.stream(names.split(","))
			.map(String::strip)
			.filter(ids::containsKey)
			.collect(Collectors.toMap(ids::get, (name) -> 3, (a, b) -> a));
		LocalDate today = LocalDate.now(this.clock);
		String why = "Agreed with the sponsor at the rotation review";
		this.tours.openRotationalPackage(lead, new NewPackage("Returns process redesign",
				"Follow a return from the customer to the warehouse and cut its steps.",
				"Returns handled in half the time; a process the warehouse and Support both own.", sponsor.employeeId(),
				sponsor.unitId(), today.plusDays(40), today.plusDays(220), 20, 3,
				needs.apply("Problem solving, Customer insight"), why));
		this.tours.openRotationalPackage(lead, new NewPackage("Partner onboarding kit",
				"Build the kit our partners use in their first month with us.",
				"A kit used by five new partners; their time to first sale measured.", sponsor.employeeId(),
				sponsor.unitId(), today.plusDays(50), today.plusDays(230), 20, 3,
				needs.apply("Stakeholder management, Facilitation"), why));
		this.tours.openRotationalPackage(lead, new NewPackage("Operations dashboard",
				"Give the operations leads one page with the figures they ask for weekly.",
				"A dashboard used in the weekly operations meeting; three manual reports retired.", sponsor.employeeId(),
				sponsor.unitId(), today.plusDays(60), today.plusDays(240), 20, 2,
				needs.apply("Data analysis, Storytelling with data"), why));
	}

}
