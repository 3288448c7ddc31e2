package io.cocareer.alumni.mobility.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonKind;
import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.alumni.mobility.PublishPolicy;
import io.cocareer.alumni.mobility.SetHorizon;
import io.cocareer.alumni.mobility.internal.MobilityBackdating;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPool;

import org.springframework.stereotype.Component;

/**
 * The demo's openness to mobility: the mobility policy in three versions with real differences
 * (the first over a year ago, the latest three weeks ago), and career horizons of talents in every
 * state: Tara exploring outside within 12 months, shared with Marco; a colleague exploring outside
 * within 6 months without sharing; others exploring inside (shared and not) or not looking. Written
 * through the module's services as the talent lead and each talent; only the versions' dates are
 * moved back.
 */
@Component
class MobilityDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(MobilityDemoSeeder.class);

	static final String TITLE = "Our mobility policy";

	static final String V1 = """
			We know that most people will not spend their whole career with us, and we do not ask them to. \
			We would rather talk openly about where your career is going than find out when you hand in your notice.

			Looking at jobs outside the organisation is normal. It is not disloyal and it is not held against you.

			If you decide to leave, we ask for the notice in your contract and a handover of your work.""";

	static final String V2 = """
			We know that most people will not spend their whole career with us, and we do not ask them to. \
			We would rather talk openly about where your career is going than find out when you hand in your notice.

			Looking at jobs outside the organisation is normal. It is not disloyal and it is not held against you.

			Before you look outside, look at what is open inside: tours of duty, work packages and roles in other units are open to everyone.

			If you decide to leave, we ask for the notice in your contract and a handover of your work.""";

	static final String V3 = """
			We know that most people will not spend their whole career with us, and we do not ask them to. \
			We would rather talk openly about where your career is going than find out when you hand in your notice.

			Looking at jobs outside the organisation is normal. It is not disloyal and it is not held against you: not in your reviews, your pay, your tours of duty or your place in the talent pool.

			The Right of First Conversation: if you start looking outside, talk to us first. The talent lead, or your manager if you prefer, will listen and help you find your next step, inside or outside.

			Before you look outside, look at what is open inside: tours of duty, work packages and roles in other units are open to everyone.

			If you decide to leave, we agree the notice and the handover with you, and we discuss how to stay in touch as one of our alumni. Coming back later is a real option.""";

	private final MobilityPolicyService policy;

	private final CareerHorizonService horizons;

	private final MobilityBackdating backdating;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final Clock clock;

	MobilityDemoSeeder(MobilityPolicyService policy, CareerHorizonService horizons, MobilityBackdating backdating,
			TalentPool pool, PeopleDirectory people, Clock clock) {
		this.policy = policy;
		this.horizons = horizons;
		this.backdating = backdating;
		this.pool = pool;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		this.policy.publish(lead, new PublishPolicy(TITLE, V1, null, 0));
		this.policy.publish(lead, new PublishPolicy(TITLE, V2,
				"Points to the tours of duty and open roles inside before anyone looks outside.", 1));
		this.policy.publish(lead, new PublishPolicy(TITLE, V3,
				"Adds the Right of First Conversation, says what 'not held against you' covers, "
						+ "and replaces the bare notice period with an agreed leaving and the alumni programme.",
				2));
		var now = this.clock.instant();
		this.backdating.publishedAt(1, now.minus(Duration.ofDays(420)));
		this.backdating.publishedAt(2, now.minus(Duration.ofDays(180)));
		this.backdating.publishedAt(3, now.minus(Duration.ofDays(21)));

		this.horizons.set(demo.talent(), new SetHorizon(HorizonKind.EXPLORING_OUTSIDE, 12,
				"Thinking about a climate-tech start-up in a year or so. I would like a tour on the data platform first.", true),
				null);
		List<Actor> others = otherTalents(demo, 6);
		if (others.size() < 6) {
			log.info("Demo career horizons: only {} other talents in the pool", others.size());
		}
		List<SetHorizon> states = List.of(
				new SetHorizon(HorizonKind.EXPLORING_OUTSIDE, 6, "An offer from a former colleague's company; undecided.", false),
				new SetHorizon(HorizonKind.EXPLORING_INSIDE, null, "Curious about product management.", true),
				new SetHorizon(HorizonKind.EXPLORING_INSIDE, null, null, false),
				new SetHorizon(HorizonKind.NONE, null, "Happy in the team; ask me again next year.", true),
				new SetHorizon(HorizonKind.EXPLORING_OUTSIDE, 24, "Maybe a master's degree abroad, later.", true),
				new SetHorizon(HorizonKind.EXPLORING_INSIDE, null, "A rotation to the Sales engineering team would suit me.", true));
		for (int i = 0; i < Math.min(others.size(), states.size()); i++) {
			this.horizons.set(others.get(i), states.get(i), null);
		}
	}

	/** Active talents of the pool other than the demo's three: the demo manager's reports first. */
	private List<Actor> otherTalents(DemoOrganisation demo, int limit) {
		Set<UUID> demoPeople = Set.of(demo.talent().personId().value(), demo.manager().personId().value(),
				demo.lead().personId().value());
		UUID manager = demo.manager().personId().value();
		return this.pool.pool(demo.lead(), PoolFilter.none(), Paging.of(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.map((entry) -> this.people.get(entry.personId()))
			.filter((p) -> p.status() == PersonStatus.ACTIVE && !demoPeople.contains(p.id()))
			.sorted(Comparator.comparing((PersonView p) -> !manager.equals(p.managerId())).thenComparing(PersonView::employeeId))
			.limit(limit)
			.map((p) -> new Actor(null, p.fullName(), PersonId.of(p.id()), p.fullName(), Set.of(Role.TALENT)))
			.toList();
	}

}
