package io.cocareer.network.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.NetworkSharing;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.SupportFunction;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;

import static io.cocareer.network.SupportFunction.ACCEPTANCE_AND_CONFIRMATION;
import static io.cocareer.network.SupportFunction.CHALLENGING_ASSIGNMENTS;
import static io.cocareer.network.SupportFunction.COACHING;
import static io.cocareer.network.SupportFunction.COUNSELLING;
import static io.cocareer.network.SupportFunction.EXPOSURE_AND_VISIBILITY;
import static io.cocareer.network.SupportFunction.FRIENDSHIP;
import static io.cocareer.network.SupportFunction.PROTECTION;
import static io.cocareer.network.SupportFunction.ROLE_MODELLING;
import static io.cocareer.network.SupportFunction.SPONSORSHIP;

/**
 * Developmental networks for the demo: Tara's map, told as a story (her manager and the talent
 * lead inside, a former boss, a professor, a guild, a running club; two ties gone quiet; a sponsor
 * in product management and an external data-science peer still wanted; her health summary shared
 * with her manager), and maps of 8 to 20
 * developers for nine other talents of the pool, across arenas, with ties and gaps. Every date is
 * relative to today; the same seed gives the same maps.
 */
@Component
class NetworkDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(NetworkDemoSeeder.class);

	/** Talents with a map besides Tara. */
	static final int OTHER_TALENTS = 9;

	private static final long SEED = 20261202L;

	private static final String[] FIRST = { "Ana", "Ben", "Chloé", "Dario", "Elif", "Femi", "Greta", "Hugo", "Ines",
			"Jonas", "Kasia", "Liam", "Maya", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Viktor",
			"Wen", "Yara", "Zeno" };

	private static final String[] LAST = { "Alvarez", "Brandt", "Costa", "Dijkstra", "Engel", "Fischer", "García",
			"Haas", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Peeters", "Rossi",
			"Schmidt", "Tanaka", "Visser", "Weber", "Yilmaz" };

	private static final Map<Arena, String[]> ORGANISATIONS = Map.of(
			Arena.PRIOR_EMPLOYER, new String[] { "Northwind Logistics", "Fabrikam Bank", "Contoso Retail", "Tailspin Air" },
			Arena.EDUCATION, new String[] { "TU Delft", "University of Amsterdam", "Erasmus University", "KU Leuven" },
			Arena.PROFESSIONAL_ASSOCIATION, new String[] { "Data Guild NL", "Product Tank", "Women in Tech Europe", "PMI Netherlands" },
			Arena.COMMUNITY_OR_FAMILY, new String[] { "Rotterdam Running Club", "Family", "Neighbourhood choir", "Volunteer food bank" },
			Arena.OTHER, new String[] { "Independent coach", "Online mastermind group", "Start-up incubator" });

	private final NetworkService network;

	private final NetworkSharing sharing;

	private final DemoTalents talents;

	private final PeopleDirectory people;

	private final Clock clock;

	NetworkDemoSeeder(NetworkService network, NetworkSharing sharing, DemoTalents talents, PeopleDirectory people,
			Clock clock) {
		this.network = network;
		this.sharing = sharing;
		this.talents = talents;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		taraMap(demo, today);
		Random random = new Random(SEED);
		List<PersonView> talents = this.talents.others(demo, OTHER_TALENTS);
		int developers = 0;
		for (PersonView talent : talents) {
			developers += generatedMap(talent, talents, random, today);
		}
		log.info("Demo networks: Tara's map and {} other talents' maps with {} developers", talents.size(), developers);
	}

	private void taraMap(DemoOrganisation demo, LocalDate today) {
		Actor tara = demo.talent();
		// the generator gave every talent a map; Tara's is her story
		this.network.deleteMyMap(tara);
		UUID marco = add(tara, internal(demo.manager().personId(), Arena.CURRENT_EMPLOYER, DeveloperRole.MANAGER, 4,
				ContactFrequency.WEEKLY, today.minusDays(3), COACHING, CHALLENGING_ASSIGNMENTS, EXPOSURE_AND_VISIBILITY));
		UUID lead = add(tara, internal(demo.lead().personId(), Arena.CURRENT_EMPLOYER, DeveloperRole.SPONSOR, 3,
				ContactFrequency.QUARTERLY, today.minusMonths(2), SPONSORSHIP, EXPOSURE_AND_VISIBILITY, PROTECTION));
		List<UUID> colleagues = new ArrayList<>();
		this.people.directReports(demo.manager().personId()).stream()
			.filter((p) -> !p.id().equals(tara.personId().value()))
			.limit(2)
			.forEach((p) -> colleagues.add(add(tara, internal(PersonId.of(p.id()), Arena.CURRENT_EMPLOYER,
					DeveloperRole.PEER, 4, ContactFrequency.WEEKLY, today.minusDays(6), ACCEPTANCE_AND_CONFIRMATION,
					FRIENDSHIP))));
		UUID formerBoss = add(tara, external("Helena Brandt", "Northwind Logistics", Arena.PRIOR_EMPLOYER,
				DeveloperRole.MENTOR, 5, ContactFrequency.QUARTERLY, today.minusMonths(1), COACHING, COUNSELLING,
				ROLE_MODELLING, SPONSORSHIP));
		UUID professor = add(tara, external("Prof. Daan Visser", "TU Delft", Arena.EDUCATION, DeveloperRole.ROLE_MODEL, 2,
				ContactFrequency.YEARLY, today.minusMonths(9), ROLE_MODELLING, CHALLENGING_ASSIGNMENTS));
		UUID guild = add(tara, external("Sofia Okafor", "Data Guild NL", Arena.PROFESSIONAL_ASSOCIATION,
				DeveloperRole.PEER, 3, ContactFrequency.MONTHLY, today.minusWeeks(3), EXPOSURE_AND_VISIBILITY, COACHING));
		add(tara, external("Lotte Jansen", "Rotterdam Running Club", Arena.COMMUNITY_OR_FAMILY, DeveloperRole.FRIEND, 5,
				ContactFrequency.WEEKLY, today.minusDays(2), FRIENDSHIP, COUNSELLING, ACCEPTANCE_AND_CONFIRMATION));
		add(tara, external("Ravi Menon", "Fabrikam Bank", Arena.PRIOR_EMPLOYER, DeveloperRole.PEER, 2,
				ContactFrequency.RARELY, today.minusMonths(8), FRIENDSHIP));
		this.network.addTie(tara, marco, lead);
		colleagues.forEach((colleague) -> this.network.addTie(tara, marco, colleague));
		if (colleagues.size() == 2) {
			this.network.addTie(tara, colleagues.get(0), colleagues.get(1));
		}
		this.network.addTie(tara, formerBoss, guild);
		this.network.addTie(tara, professor, guild);
		this.network.addGap(tara, DeveloperRole.SPONSOR, Arena.CURRENT_EMPLOYER, "A sponsor in product management");
		this.network.addGap(tara, DeveloperRole.PEER, Arena.PROFESSIONAL_ASSOCIATION, "An external peer in data science");
		// Tara lets Marco see how her network is doing, not who is in it
		this.sharing.share(tara, ShareAudience.MANAGER, ShareScope.HEALTH);
	}

	/** A map of 8 to 20 developers for one talent: their manager, colleagues, and people from other arenas. */
	private int generatedMap(PersonView talent, List<PersonView> colleagues, Random random, LocalDate today) {
		Actor actor = DemoTalents.asTalent(talent);
		int size = 8 + random.nextInt(13);
		// the generator gave every talent a map of 15; these nine get their own stories instead
		this.network.deleteMyMap(actor);
		List<UUID> ids = new ArrayList<>();
		if (talent.managerId() != null) {
			ids.add(add(actor, internal(PersonId.of(talent.managerId()), Arena.CURRENT_EMPLOYER, DeveloperRole.MANAGER,
					3 + random.nextInt(3), ContactFrequency.WEEKLY, today.minusDays(random.nextInt(14)),
					COACHING, CHALLENGING_ASSIGNMENTS)));
		}
		List<PersonView> insiders = new ArrayList<>(colleagues);
		insiders.removeIf((p) -> p.id().equals(talent.id()) || p.id().equals(talent.managerId()));
		java.util.Collections.shuffle(insiders, random);
		int internalCount = Math.min(insiders.size(), 1 + random.nextInt(Math.max(1, size / 2)));
		for (int i = 0; i < internalCount && ids.size() < size; i++) {
			ids.add(add(actor, internal(PersonId.of(insiders.get(i).id()), Arena.CURRENT_EMPLOYER,
					pick(random, DeveloperRole.PEER, DeveloperRole.MENTOR, DeveloperRole.SPONSOR, DeveloperRole.ROLE_MODEL),
					1 + random.nextInt(5), pick(random, ContactFrequency.values()), lastContact(random, today),
					functions(random))));
		}
		Arena[] outside = { Arena.PRIOR_EMPLOYER, Arena.EDUCATION, Arena.PROFESSIONAL_ASSOCIATION,
				Arena.COMMUNITY_OR_FAMILY, Arena.OTHER };
		int n = 0;
		while (ids.size() < size) {
			Arena arena = outside[random.nextInt(outside.length)];
			String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[(n++ * 7 + random.nextInt(LAST.length)) % LAST.length];
			String organisation = pick(random, ORGANISATIONS.get(arena));
			try {
				ids.add(add(actor, external(name, organisation, arena, pick(random, DeveloperRole.MENTOR,
						DeveloperRole.COACH, DeveloperRole.PEER, DeveloperRole.FRIEND, DeveloperRole.ROLE_MODEL),
						1 + random.nextInt(5), pick(random, ContactFrequency.values()), lastContact(random, today),
						functions(random))));
			}
			catch (io.cocareer.shared.InvalidInput duplicate) {
				// the same name at the same organisation twice: draw another
			}
		}
		int ties = size / 2 + random.nextInt(size);
		for (int i = 0; i < ties; i++) {
			UUID one = ids.get(random.nextInt(ids.size()));
			UUID other = ids.get(random.nextInt(ids.size()));
			if (!one.equals(other)) {
				try {
					this.network.addTie(actor, one, other);
				}
				catch (io.cocareer.shared.BusinessRuleViolation alreadyTied) {
					// drawn twice: one tie is enough
				}
			}
		}
		this.network.addGap(actor, pick(random, DeveloperRole.SPONSOR, DeveloperRole.MENTOR, DeveloperRole.PEER),
				pick(random, Arena.values()), pick(random, "A sponsor outside my unit", "A mentor who has led a product",
						"A peer in another company doing my job", "Someone in a professional association"));
		return ids.size();
	}
	private UUID add(Actor actor, SaveDeveloper developer) {
		return this.network.addDeveloper(actor, developer);
	}

	private static SaveDeveloper internal(PersonId person, Arena arena, DeveloperRole role, int closeness,
			ContactFrequency frequency, LocalDate lastContact, SupportFunction... support) {
		return new SaveDeveloper(person, null, null, arena, role, closeness, frequency, lastContact,
				support(support));
	}

	private static SaveDeveloper external(String name, String organisation, Arena arena, DeveloperRole role,
			int closeness, ContactFrequency frequency, LocalDate lastContact, SupportFunction... support) {
		return new SaveDeveloper(null, name, organisation, arena, role, closeness, frequency, lastContact,
				support(support));
	}

	private static Set<SupportFunction> support(SupportFunction... functions) {
		return (functions.length == 0) ? Set.of() : EnumSet.of(functions[0], functions);
	}

	/** One to three functions, each developer's own mix. */
	private static SupportFunction[] functions(Random random) {
		SupportFunction[] all = SupportFunction.values();
		int count = 1 + random.nextInt(3);
		SupportFunction[] picked = new SupportFunction[count];
		for (int i = 0; i < count; i++) {
			picked[i] = all[random.nextInt(all.length)];
		}
		return picked;
	}

	/** Mostly recent; one in five has gone quiet for over six months, one in ten was never recorded. */
	private static LocalDate lastContact(Random random, LocalDate today) {
		int draw = random.nextInt(10);
		if (draw == 0) {
			return null;
		}
		return (draw <= 2) ? today.minusMonths(7 + random.nextInt(12)) : today.minusDays(random.nextInt(150));
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
