package io.cocareer.network.introduction.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.introduction.AddToMap;
import io.cocareer.network.introduction.AskIntroduction;
import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionOutcome;
import io.cocareer.network.introduction.IntroductionService;
import io.cocareer.network.introduction.TargetKind;
import io.cocareer.network.introduction.internal.Introductions;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
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
 * Introductions for the demo, after the maps (Tara's gaps exist): Tara's in every state (one
 * waiting for Marco, one the talent leads accepted, one a colleague made that waits for her
 * outcome, one closed as connected with the person on her map, one a colleague declined), and two
 * other talents' asked of the talent leads (one waiting, one made). Written through the service
 * as each person, then dated relative to today.
 */
@Component
class IntroductionDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(IntroductionDemoSeeder.class);

	private final IntroductionService introductions;

	private final Introductions stored;

	private final PeopleDirectory people;

	private final TalentPool pool;

	private final Clock clock;

	IntroductionDemoSeeder(IntroductionService introductions, Introductions stored, PeopleDirectory people,
			TalentPool pool, Clock clock) {
		this.introductions = introductions;
		this.stored = stored;
		this.people = people;
		this.pool = pool;
		this.clock = clock;
	}

	/** After the maps: an introduction may serve a gap of the desired network. */
	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor tara = demo.talent();
		Actor marco = demo.manager();
		Actor lead = demo.lead();
		List<NetworkMapView.GapView> gaps = this.introductions.myGaps(tara);
		UUID sponsorGap = gaps.isEmpty() ? null : gaps.get(0).id();
		UUID peerGap = (gaps.size() > 1) ? gaps.get(1).id() : null;
		Actor colleague = this.people.directReports(marco.personId()).stream()
			.filter((p) -> !p.id().equals(tara.personId().value()) && p.status() == PersonStatus.ACTIVE)
			.findFirst()
			.map(IntroductionDemoSeeder::actor)
			.orElse(lead);
		BrokerKind colleagueKind = (colleague == lead) ? BrokerKind.TALENT_LEAD : BrokerKind.COLLEAGUE;
		PersonId colleagueId = (colleague == lead) ? null : colleague.personId();

		// waiting for Marco
		UUID waiting = ask(tara, external("Jonas Weber", "Contoso Retail"),
				"I would like to hear how product managers at Contoso shape a roadmap with their data teams.",
				sponsorGap, BrokerKind.MANAGER, null);
		backdate(waiting, 2, 2);

		// the talent leads accepted; the lead will make it at the next community evening
		UUID accepted = ask(tara, new Target(TargetKind.COMMUNITY, null, "Women in Data NL", null),
				"To find peers outside the company who work on data products, and maybe speak at a meetup.", peerGap,
				BrokerKind.TALENT_LEAD, null);
		this.introductions.accept(lead, accepted, "Happy to: I know the organisers, I will bring you to the next evening.",
				version(lead, accepted));
		backdate(accepted, 12, 9);

		// a colleague made it; Tara has still to say what came of it
		UUID made = ask(tara, external("Mei Tanaka", "Fabrikam Bank"),
				"Mei led the move to a data platform at Fabrikam: I want to learn from what went wrong.", null,
				colleagueKind, colleagueId);
		this.introductions.accept(colleague, made, null, version(colleague, made));
		this.introductions.introduced(colleague, made, IntroductionChannel.EMAIL, today.minusDays(5),
				"I wrote to both of you; Mei suggested a call.", version(colleague, made));
		backdate(made, 20, 5);

		// Marco introduced Elif at an event; they connected and Elif is on Tara's map
		UUID closed = ask(tara, external("Elif Yilmaz", "Product Tank"),
				"Elif runs product at a scale-up and mentors people moving from data into product.", sponsorGap,
				BrokerKind.MANAGER, null);
		this.introductions.accept(marco, closed, "Good idea: Elif and I worked together.", version(marco, closed));
		this.introductions.introduced(marco, closed, IntroductionChannel.EVENT, today.minusDays(24), null,
				version(marco, closed));
		this.introductions.recordOutcome(tara, closed, IntroductionOutcome.CONNECTED,
				new AddToMap(Arena.PROFESSIONAL_ASSOCIATION, DeveloperRole.MENTOR, 3, null, null), version(tara, closed));
		backdate(closed, 40, 10);

		// a colleague who does not know the target declines
		UUID declined = ask(tara, external("Tess Visser", "Tailspin Air"),
				"Tess built the analytics team at Tailspin; I would like to ask her about hiring.", null, colleagueKind,
				colleagueId);
		this.introductions.decline(colleague, declined, "I met her only once, years ago: Marco may know her better.",
				version(colleague, declined));
		backdate(declined, 30, 28);

		int others = otherTalents(demo, lead, today);
		log.info("Demo introductions: Tara's in every state and {} other talents' asked of the talent leads", others);
	}

	private int otherTalents(DemoOrganisation demo, Actor lead, LocalDate today) {
		Set<UUID> demoPeople = Set.of(demo.talent().personId().value(), demo.manager().personId().value(),
				demo.lead().personId().value());
		List<Actor> talents = this.pool.pool(lead, PoolFilter.none(), Paging.of(0, 20))
			.items()
			.stream()
			.map((entry) -> this.people.get(entry.personId()))
			.filter((p) -> p.status() == PersonStatus.ACTIVE && !demoPeople.contains(p.id()))
			.limit(2)
			.map(IntroductionDemoSeeder::actor)
			.toList();
		if (!talents.isEmpty()) {
			UUID asked = ask(talents.get(0), new Target(TargetKind.ORGANISATION, null, "TU Delft", "Data Science Lab"),
					"To find a partner for a student project on demand forecasting.", null, BrokerKind.TALENT_LEAD, null);
			backdate(asked, 3, 3);
		}
		if (talents.size() > 1) {
			UUID made = ask(talents.get(1), external("Femi Okafor", "Northwind Logistics"),
					"Femi runs the supply-chain analytics team I may join on a rotation.", null, BrokerKind.TALENT_LEAD,
					null);
			this.introductions.accept(lead, made, null, version(lead, made));
			this.introductions.introduced(lead, made, IntroductionChannel.MEETING, today.minusDays(8), null,
					version(lead, made));
			backdate(made, 25, 8);
		}
		return talents.size();
	}

	private record Target(TargetKind kind, PersonId person, String name, String organisation) {

	}

	private static Target external(String name, String organisation) {
		return new Target(TargetKind.PERSON, null, name, organisation);
	}

	private UUID ask(Actor talent, Target target, String purpose, UUID gap, BrokerKind broker, PersonId brokerPerson) {
		return this.introductions.ask(talent, new AskIntroduction(target.kind(), target.person(), target.name(),
				target.organisation(), purpose, gap, broker, brokerPerson));
	}

	private long version(Actor actor, UUID id) {
		return this.introductions.get(actor, id).version();
	}

	private void backdate(UUID id, int askedDaysAgo, int movedDaysAgo) {
		Instant now = this.clock.instant();
		this.stored.findById(id).ifPresent((i) -> {
			i.backdate(now.minus(Duration.ofDays(askedDaysAgo)), now.minus(Duration.ofDays(movedDaysAgo)));
			this.stored.save(i);
		});
	}

	private static Actor actor(PersonSummary person) {
		return new Actor(null, person.fullName(), PersonId.of(person.id()), person.fullName(), Set.of(Role.TALENT));
	}

	private static Actor actor(PersonView person) {
		return new Actor(null, person.fullName(), PersonId.of(person.id()), person.fullName(), Set.of(Role.TALENT));
	}

}
