package io.cocareer.network.plan.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.demo.DemoTalents;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.plan.ActivityKind;
import io.cocareer.network.plan.FundService;
import io.cocareer.network.plan.PlanService;
import io.cocareer.network.plan.RecordDone;
import io.cocareer.network.plan.SaveActivity;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;

/**
 * Development plans for the demo, after the maps ({@code NetworkDemoSeeder} names the gaps): Tara
 * has spent €400 of her €1,500 (a meetup where she met Noor, now on her map, and a conference),
 * has €600 planned (a product course, a talk) and cancelled a rotation; four other talents of the
 * pool have plans in every state, two of them with a budget the talent lead set. Every date is
 * relative to today, inside this year, so this year's funds show it.
 */
@Component
class PlanDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoSeeder.class);

	/** Talents with a plan besides Tara. */
	static final int OTHER_TALENTS = 4;

	private final PlanService plans;

	private final FundService funds;

	private final NetworkService network;

	private final DemoTalents talents;

	private final Clock clock;

	PlanDemoSeeder(PlanService plans, FundService funds, NetworkService network, DemoTalents talents, Clock clock) {
		this.plans = plans;
		this.funds = funds;
		this.network = network;
		this.talents = talents;
		this.clock = clock;
	}

	/** After the maps, whose gaps the activities serve. */
	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		taraPlan(demo.talent(), today);
		List<PersonView> others = this.talents.others(demo, OTHER_TALENTS);
		for (int i = 0; i < others.size(); i++) {
			otherPlan(demo.lead(), others.get(i), i, today);
		}
		log.info("Demo plans: Tara's and {} other talents'", others.size());
	}

	private void taraPlan(Actor tara, LocalDate today) {
		List<NetworkMapView.GapView> gaps = this.network.myMap(tara).gaps();
		UUID sponsor = gap(gaps, DeveloperRole.SPONSOR);
		UUID peer = gap(gaps, DeveloperRole.PEER);
		UUID meetup = this.plans.addActivity(tara, activity(ActivityKind.COMMUNITY, "Data Guild NL meetup: ML in production",
				past(today, 40), null, Set.of(peer), 50));
		this.plans.recordDone(tara, meetup, new RecordDone(
				"Gave a lightning talk on our forecasting pipeline; two data scientists from other companies asked to "
						+ "compare notes monthly.",
				new BigDecimal("40"), List.of(
						new RecordDone.PersonMet("Noor El Amrani", "Coolblue", Arena.PROFESSIONAL_ASSOCIATION,
								DeveloperRole.PEER, true),
						new RecordDone.PersonMet("Tom Bakker", "ING", Arena.PROFESSIONAL_ASSOCIATION, DeveloperRole.PEER,
								false))));
		UUID conference = this.plans.addActivity(tara, activity(ActivityKind.CONFERENCE, "PyData Amsterdam",
				past(today, 20), past(today, 19), Set.of(peer), 350));
		this.plans.recordDone(tara, conference, new RecordDone(
				"Two days of talks; the product analytics track showed how product teams use our kind of models.",
				new BigDecimal("360"), List.of()));
		this.plans.addActivity(tara, activity(ActivityKind.COURSE, "Product management foundations (evening course)",
				future(today, 30), future(today, 72), Set.of(sponsor), 540));
		this.plans.addActivity(tara, activity(ActivityKind.NETWORKING_LUNCH, "Lunch with the head of product",
				future(today, 9), null, Set.of(sponsor), 60));
		UUID rotation = this.plans.addActivity(tara, activity(ActivityKind.INTERNAL_ROTATION,
				"Two weeks in the product team", future(today, 14), future(today, 28), Set.of(sponsor), 0));
		this.plans.cancelActivity(tara, rotation);
	}

	private void otherPlan(Actor lead, PersonView talent, int n, LocalDate today) {
		Actor actor = DemoTalents.asTalent(talent);
		if (n % 2 == 0) {
			this.funds.setBudget(lead, PersonId.of(talent.id()), today.getYear(), BigDecimal.valueOf(1000 + 500L * n));
		}
		List<NetworkMapView.GapView> gaps = this.network.myMap(actor).gaps();
		Set<UUID> served = gaps.isEmpty() ? Set.of() : Set.of(gaps.get(0).id());
		UUID done = this.plans.addActivity(actor, activity(ActivityKind.EXTERNAL_EVENT, "Industry evening at the guild",
				past(today, 10 + 7 * n), null, served, 80));
		this.plans.recordDone(actor, done, new RecordDone("Met people from two companies I had not spoken to before.",
				BigDecimal.valueOf(60 + 5L * n), List.of()));
		this.plans.addActivity(actor, activity(ActivityKind.CONFERENCE, "A conference in my field", future(today, 20 + 5 * n),
				future(today, 21 + 5 * n), served, 400 + 100L * n));
		if (n % 2 == 1) {
			this.plans.addActivity(actor, activity(ActivityKind.SPEAKING, "Talk at a meetup", future(today, 40), null,
					Set.of(), 0));
		}
		UUID cancelled = this.plans.addActivity(actor, activity(ActivityKind.NETWORKING_LUNCH, "Lunch with a mentor's team",
				future(today, 12), null, Set.of(), 40));
		this.plans.cancelActivity(actor, cancelled);
	}


	private static UUID gap(List<NetworkMapView.GapView> gaps, DeveloperRole role) {
		return gaps.stream().filter((g) -> g.role() == role).map(NetworkMapView.GapView::id).findFirst()
			.orElseGet(() -> gaps.isEmpty() ? null : gaps.get(0).id());
	}

	private static SaveActivity activity(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
			Set<UUID> gaps, long euros) {
		Set<UUID> served = gaps.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
		// late in the year both ends of a period may fall on its last day: one day, then
		LocalDate lastDay = (endsOn != null && endsOn.isAfter(startsOn)) ? endsOn : null;
		return new SaveActivity(kind, title, startsOn, lastDay, served, BigDecimal.valueOf(euros));
	}

	/** Some days ago, but not before this year began (this year's fund spent it). */
	private static LocalDate past(LocalDate today, int days) {
		LocalDate date = today.minusDays(days);
		return date.getYear() < today.getYear() ? today.withDayOfYear(1) : date;
	}

	/** Some days ahead, but not after this year ends (this year's fund commits it). */
	private static LocalDate future(LocalDate today, int days) {
		LocalDate date = today.plusDays(days);
		return date.getYear() > today.getYear() ? today.withMonth(12).withDayOfMonth(31) : date;
	}

}
