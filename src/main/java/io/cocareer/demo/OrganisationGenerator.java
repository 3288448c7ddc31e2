package io.cocareer.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.identity.AccountLoad;
import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.NetworkLoad;
import io.cocareer.network.NetworkLoad.LoadedDeveloper;
import io.cocareer.network.NetworkLoad.LoadedMap;
import io.cocareer.network.NetworkLoad.LoadedTie;
import io.cocareer.network.SupportFunction;
import io.cocareer.identity.AccountService;
import io.cocareer.people.OrganisationLoad;
import io.cocareer.people.OrganisationLoad.LoadedPerson;
import io.cocareer.people.OrganisationLoad.LoadedUnit;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.TalentLoad;
import io.cocareer.talent.TalentLoad.LoadedCompetency;
import io.cocareer.talent.TalentLoad.LoadedCompetencyHeld;
import io.cocareer.talent.TalentLoad.LoadedTalent;
import io.cocareer.tour.TourType;
import io.cocareer.tour.WorkPackageLoad;
import io.cocareer.tour.WorkPackageLoad.LoadedInterest;
import io.cocareer.tour.WorkPackageLoad.LoadedRating;
import io.cocareer.tour.WorkPackageLoad.LoadedRequirement;
import io.cocareer.tour.WorkPackageLoad.LoadedWorkPackage;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an organisation from a seed: units, a reporting tree (CEO, unit heads, team managers
 * with 5 to 9 reports), about one talent in six with a full profile, and the five demo
 * accounts. The same seed and size give the same organisation, ids included, on any machine.
 */
@Component
public class OrganisationGenerator {

	private static final Logger log = LoggerFactory.getLogger(OrganisationGenerator.class);

	/** Fixed reference date, so that generated dates do not depend on the day the generator runs. */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 1);

	/** The most competencies a generated talent can hold: the extended catalogue has 3 × that many. */
	static final int MAX_COMPETENCIES_PER_TALENT = 41;

	private static final Instant CREATED_AT = Instant.parse("2026-10-01T08:00:00Z");

	private static final String[] UNIT_NAMES = { "Engineering", "Product", "Sales", "Marketing", "Operations",
			"Finance", "People & Culture", "Customer Success", "Data & Analytics", "Legal" };

	private static final String[] UNIT_CODES = { "ENG", "PRD", "SAL", "MKT", "OPS", "FIN", "PPL", "CS", "DATA", "LEG" };

	private static final String[] FIRST_NAMES = { "Amara", "Ben", "Chloe", "David", "Elif", "Farid", "Greta", "Hugo",
			"Ines", "Jonas", "Kaja", "Liam", "Maya", "Noah", "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tessa", "Umar",
			"Vera", "Wim", "Xenia", "Yusuf", "Zoe", "Aiko", "Bruno", "Carmen", "Dmitri", "Emma", "Felix", "Hana", "Ivan",
			"Julia", "Kofi", "Lucia", "Mateo", "Nina", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor" };

	private static final String[] LAST_NAMES = { "Andersen", "Bakker", "Costa", "Dubois", "Eriksen", "Fischer",
			"Garcia", "Hoffmann", "Ibrahim", "Jansen", "Kowalski", "Laurent", "Meyer", "Novak", "Okafor", "Peeters",
			"Quist", "Rossi", "Schmidt", "Tanaka", "Usman", "Vermeulen", "Weber", "Xu", "Yilmaz", "Zimmermann", "Moreau",
			"Lindqvist", "Horvat", "Silva", "Murphy", "Nowak", "Kaya", "Haddad", "Petrov", "Nakamura" };

	private static final String[] JOB_TITLES = { "Specialist", "Senior specialist", "Analyst", "Consultant",
			"Coordinator", "Engineer", "Senior engineer", "Advisor", "Associate" };

	static final String[][] COMPETENCIES = { { "Strategic thinking", "Leadership" }, { "Coaching others", "Leadership" },
			{ "Decision making", "Leadership" }, { "Change leadership", "Leadership" }, { "Building teams", "Leadership" },
			{ "Stakeholder management", "Collaboration" }, { "Negotiation", "Collaboration" },
			{ "Facilitation", "Collaboration" }, { "Cross-cultural collaboration", "Collaboration" },
			{ "Networking", "Collaboration" }, { "Written communication", "Communication" },
			{ "Public speaking", "Communication" }, { "Storytelling with data", "Communication" },
			{ "Data analysis", "Analytical" }, { "Statistics", "Analytical" }, { "Problem solving", "Analytical" },
			{ "Financial acumen", "Business" }, { "Customer insight", "Business" }, { "Product management", "Business" },
			{ "Project management", "Delivery" }, { "Agile delivery", "Delivery" }, { "Risk management", "Delivery" },
			{ "Software architecture", "Technical" }, { "Cloud infrastructure", "Technical" },
			{ "Machine learning", "Technical" }, { "Security engineering", "Technical" }, { "UX research", "Technical" },
			{ "Sales strategy", "Commercial" }, { "Marketing analytics", "Commercial" }, { "Innovation", "Mindset" },
			{ "Learning agility", "Mindset" }, { "Resilience", "Mindset" }, { "Entrepreneurship", "Mindset" },
			{ "Employment law", "Domain" }, { "Talent development", "Domain" } };

	/**
	 * Topics and aspects that extend the catalogue of a generated organisation whose talents hold
	 * many competencies each ("Pricing analytics", "Payments operations", ...); the demo never uses them.
	 */
	private static final String[] EXTRA_TOPICS = { "Pricing", "Payments", "Supply chain", "Compliance", "Search",
			"Mobile", "Accessibility", "Localisation", "Observability", "Data privacy", "Procurement", "Logistics",
			"Partnerships", "Customer support", "Brand", "Content", "Onboarding", "Retention", "Forecasting",
			"Quality assurance", "Sustainability", "Treasury", "Internal audit", "Field service", "Community",
			"Developer experience", "Platform", "Identity", "Billing", "Growth" };

	private static final String[] EXTRA_ASPECTS = { "strategy", "operations", "analytics" };

	private static final String[] VALUES = { "Autonomy", "Learning", "Impact", "Integrity", "Collaboration",
			"Recognition", "Security", "Creativity", "Balance", "Adventure", "Service", "Mastery", "Fairness",
			"Growth", "Community" };

	private static final String[] DESIRED_ROLES = { "Team lead", "Product owner", "Head of department", "Principal engineer",
			"Programme manager", "Chief of staff", "Regional director", "Data science lead", "Solution architect",
			"Customer success director", "Founder of a venture" };

	private static final String[] BRANDS = { "the person who turns messy data into decisions",
			"a builder of calm, high-trust teams", "the go-to expert on customer journeys",
			"a pragmatic architect who ships", "a connector between sales and product", "a thoughtful change leader" };

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final OrganisationLoad organisation;

	private final TalentLoad talents;

	private final AccountLoad accountLoad;

	private final WorkPackageLoad workPackages;

	private final NetworkLoad networks;

	/** Developers on each generated talent's map unless said otherwise. */
	public static final int DEVELOPERS_PER_TALENT = 15;

	private static final String[][] EXTERNAL_ORGANISATIONS = {
			{ "Northwind Logistics", "Fabrikam Bank", "Contoso Retail", "Tailspin Air", "Adventure Works" },
			{ "TU Delft", "University of Amsterdam", "KU Leuven", "ETH Zurich", "Open University" },
			{ "Data Guild NL", "Product Tank", "Women in Tech Europe", "PMI Netherlands", "Agile Alliance" },
			{ "Running club", "Family", "Neighbourhood choir", "Volunteer food bank", "Chess club" },
			{ "Independent coach", "Mastermind group", "Start-up incubator", "Toastmasters" } };

	private static final Arena[] EXTERNAL_ARENAS = { Arena.PRIOR_EMPLOYER, Arena.EDUCATION,
			Arena.PROFESSIONAL_ASSOCIATION, Arena.COMMUNITY_OR_FAMILY, Arena.OTHER };

	OrganisationGenerator(JdbcTemplate jdbc, AccountService accounts, OrganisationLoad organisation, TalentLoad talents,
			AccountLoad accountLoad, WorkPackageLoad workPackages, NetworkLoad networks) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisation = organisation;
		this.talents = talents;
		this.accountLoad = accountLoad;
		this.workPackages = workPackages;
		this.networks = networks;
	}

	public boolean isDatabaseEmpty() {
		return this.organisation.isEmpty();
	}

	/** The seed of the demo organisation: the same people and ids on every machine. */
	static final long DEMO_SEED = 20261001L;

	/** The demo organisation: 150 people in 7 units, the demo accounts (password {@code demo}). */
	@Transactional
	public GeneratedOrganisation generateDemo() {
		return generate(150, 7, DEMO_SEED, true);
	}

	/** The demo users of the demo organisation, as the modules' demo seeders act as them. */
	public DemoOrganisation demoUsers(GeneratedOrganisation organisation) {
		return new DemoOrganisation(
				demoActor("lead", organisation.leadPersonId(), "Hannah Berger", Role.TALENT_LEAD),
				demoActor("manager", organisation.managerPersonId(), "Marco Rossi", Role.MANAGER),
				demoActor("talent", organisation.talentPersonId(), "Tara Nguyen", Role.TALENT));
	}

	private static Actor demoActor(String username, UUID personId, String name, Role role) {
		return new Actor(AccountId.of(id(DEMO_SEED, "account:" + username, 0)), username, PersonId.of(personId), name, Set.of(role));
	}

	/** A synthetic organisation of {@code size} people, e.g. 50,000 for benchmarks. */
	@Transactional
	public GeneratedOrganisation generate(int size, long seed) {
		return generate(size, seed, 0);
	}

	/**
	 * A synthetic organisation of {@code size} people whose talents hold about
	 * {@code competenciesPerTalent} competencies each (two fewer to two more), from a catalogue
	 * extended to three times that many; 0 keeps the usual 5 to 8 from the base catalogue.
	 */
	@Transactional
	public GeneratedOrganisation generate(int size, long seed, int competenciesPerTalent) {
		return generate(size, seed, competenciesPerTalent, DEVELOPERS_PER_TALENT, 1);
	}

	/**
	 * As {@link #generate(int, long, int)}, with {@code developersPerTalent} developers on each
	 * talent's map (0: no maps) and {@code talentsInSix} talents in six people (1 to 6; 1 as usual;
	 * 3 makes 100,000 people about 50,000 talents).
	 */
	@Transactional
	public GeneratedOrganisation generate(int size, long seed, int competenciesPerTalent, int developersPerTalent,
			int talentsInSix) {
		int units = Math.max(7, Math.min(UNIT_NAMES.length * 20, size / 400));
		GeneratedOrganisation organisation = generate(size, units, seed, true, competenciesPerTalent, developersPerTalent,
				talentsInSix);
		// fresh statistics for the planner after a bulk load, as autovacuum would gather (it may be off)
		this.jdbc.execute("analyze");
		return organisation;
	}

	GeneratedOrganisation generate(int size, int unitCount, long seed, boolean withDemoAccounts) {
		return generate(size, unitCount, seed, withDemoAccounts, 0);
	}

	GeneratedOrganisation generate(int size, int unitCount, long seed, boolean withDemoAccounts,
			int competenciesPerTalent) {
		return generate(size, unitCount, seed, withDemoAccounts, competenciesPerTalent, DEVELOPERS_PER_TALENT, 1);
	}

	GeneratedOrganisation generate(int size, int unitCount, long seed, boolean withDemoAccounts,
			int competenciesPerTalent, int developersPerTalent, int talentsInSix) {
		if (developersPerTalent < 0 || developersPerTalent > 60) {
			throw new IllegalArgumentException("A map holds 0 to 60 developers, not " + developersPerTalent);
		}
		if (talentsInSix < 1 || talentsInSix > 6) {
			throw new IllegalArgumentException("Between 1 and 6 talents in six people, not " + talentsInSix);
		}
		if (size < 20 || size > 100_000) {
			throw new IllegalArgumentException("An organisation has between 20 and 100,000 people, not " + size);
		}
		if (competenciesPerTalent < 0 || competenciesPerTalent > MAX_COMPETENCIES_PER_TALENT) {
			throw new IllegalArgumentException("A talent holds between 0 (the usual 5 to 8) and %d competencies, not %d"
				.formatted(MAX_COMPETENCIES_PER_TALENT, competenciesPerTalent));
		}
		long started = System.nanoTime();
		Random random = new Random(seed);

		List<UUID> competencyIds = insertCompetencyCatalogue(seed,
				Math.max(COMPETENCIES.length, 3 * competenciesPerTalent));

		// units: a root "Executive office" plus unitCount units under it
		List<LoadedUnit> unitRows = new ArrayList<>();
		UUID rootUnit = id(seed, "unit", -1);
		unitRows.add(new LoadedUnit(rootUnit, "EXEC", "Executive office", null));
		List<UUID> units = new ArrayList<>();
		List<String> unitNames = new ArrayList<>();
		for (int u = 0; u < unitCount; u++) {
			UUID unitId = id(seed, "unit", u);
			String base = UNIT_NAMES[u % UNIT_NAMES.length];
			String code = UNIT_CODES[u % UNIT_CODES.length];
			int round = u / UNIT_NAMES.length;
			String name = (round == 0) ? base : base + " " + (round + 1);
			unitRows.add(new LoadedUnit(unitId, (round == 0) ? code : code + (round + 1), name, rootUnit));
			units.add(unitId);
			unitNames.add(name);
		}
		this.organisation.units(unitRows);

		// people and the reporting tree: 0 = CEO, then per unit a head, team managers and their teams
		List<GeneratedPerson> people = new ArrayList<>(size);
		people.add(person(seed, random, 0, rootUnit, null, "Chief executive officer"));
		int remaining = size - 1;
		int perUnit = remaining / unitCount;
		int index = 1;
		UUID demoManager = null;
		UUID demoTalent = null;
		UUID demoLead = null;
		for (int u = 0; u < unitCount; u++) {
			int inThisUnit = (u == unitCount - 1) ? size - index : perUnit;
			UUID unitId = units.get(u);
			GeneratedPerson head = person(seed, random, index++, unitId, people.get(0).id, "Head of " + unitNames.get(u));
			people.add(head);
			GeneratedPerson manager = null;
			int teamSize = 0;
			int teamTarget = 0;
			for (int k = 1; k < inThisUnit; k++) {
				if (manager == null || teamSize >= teamTarget) {
					manager = person(seed, random, index++, unitId, head.id, "Team manager");
					people.add(manager);
					teamSize = 0;
					teamTarget = 5 + random.nextInt(5);
					if (u == 0 && demoManager == null) {
						demoManager = manager.id;
					}
					continue;
				}
				GeneratedPerson member = person(seed, random, index++, unitId, manager.id,
						JOB_TITLES[random.nextInt(JOB_TITLES.length)]);
				people.add(member);
				teamSize++;
				if (manager.id.equals(demoManager) && demoTalent == null) {
					demoTalent = member.id;
				}
				if (unitNames.get(u).equals("People & Culture") && demoLead == null) {
					demoLead = member.id;
				}
			}
		}
		if (demoLead == null) {
			demoLead = people.get(2).id;
		}
		// the alumnus: someone who worked here and left
		GeneratedPerson alumnus = person(seed, random, index, units.get(0), null, "Senior engineer");
		alumnus.status = "LEFT";
		alumnus.leftOn = REFERENCE_DATE.minusMonths(7);
		people.add(alumnus);

		if (withDemoAccounts) {
			rename(people, demoLead, "Hannah", "Berger", "Talent lead");
			rename(people, demoManager, "Marco", "Rossi", "Engineering manager");
			rename(people, demoTalent, "Tara", "Nguyen", "Senior engineer");
			rename(people, alumnus.id, "Alex", "Morgan", "Senior engineer");
		}
		insertPeople(people);

		// talents: about one in six, always including the demo talent, never the alumnus or the CEO
		List<GeneratedPerson> talents = new ArrayList<>();
		for (GeneratedPerson candidate : people) {
			boolean demoOne = candidate.id.equals(demoTalent);
			if (demoOne || (candidate.index > 0 && candidate.status.equals("ACTIVE") && random.nextInt(6) < talentsInSix)) {
				talents.add(candidate);
			}
		}
		insertTalents(talents, competencyIds, random, competenciesPerTalent);
		long developers = insertNetworks(seed, people, talents, units, developersPerTalent);

		int accountCount = 0;
		if (withDemoAccounts) {
			String hash = this.accounts.hash("demo");
			insertAccount(seed, "lead", hash, demoLead, find(people, demoLead).fullName(), EnumSet.of(Role.TALENT_LEAD));
			insertAccount(seed, "manager", hash, demoManager, find(people, demoManager).fullName(),
					EnumSet.of(Role.MANAGER));
			insertAccount(seed, "talent", hash, demoTalent, find(people, demoTalent).fullName(), EnumSet.of(Role.TALENT));
			insertAccount(seed, "alumnus", hash, alumnus.id, alumnus.fullName(), EnumSet.of(Role.ALUMNUS));
			insertAccount(seed, "admin", hash, null, "Ada Admin (IT)", EnumSet.of(Role.ADMIN));
			accountCount = 5;
			loadWorkPackages(seed, find(people, demoLead), demoManager, demoTalent, units.get(0));
		}
		log.info("Generated an organisation of {} people, {} units and {} talents ({} competencies in the catalogue,"
				+ " {} developers on their maps) in {} ms (seed {})", people.size(), unitCount, talents.size(),
				competencyIds.size(), developers,
				(System.nanoTime() - started) / 1_000_000, seed);
		return new GeneratedOrganisation(unitCount + 1, people.size(), talents.size(), accountCount, demoLead, demoManager,
				demoTalent, alumnus.id);
	}

	/**
	 * The base catalogue, extended with topic-and-aspect competencies ("Pricing analytics") up to
	 * {@code size} entries; an existing catalogue is kept as it is.
	 */
	private List<UUID> insertCompetencyCatalogue(long seed, int size) {
		List<LoadedCompetency> rows = new ArrayList<>();
		for (int i = 0; i < COMPETENCIES.length; i++) {
			rows.add(new LoadedCompetency(id(seed, "competency", i), COMPETENCIES[i][0], COMPETENCIES[i][1]));
		}
		for (int i = COMPETENCIES.length; i < size; i++) {
			int extra = i - COMPETENCIES.length;
			String topic = EXTRA_TOPICS[extra / EXTRA_ASPECTS.length];
			rows.add(new LoadedCompetency(id(seed, "competency", i), topic + " " + EXTRA_ASPECTS[extra % EXTRA_ASPECTS.length],
					"Specialism"));
		}
		return this.talents.competencies(rows);
	}

	private void insertPeople(List<GeneratedPerson> people) {
		List<LoadedPerson> rows = new ArrayList<>(people.size());
		for (GeneratedPerson p : people) {
			String email = (p.first + "." + p.last + "." + p.index + "@demo.cocareer.io").toLowerCase();
			rows.add(new LoadedPerson(p.id, id(p.id, "period"), "E%06d".formatted(p.index + 1), email, p.first, p.last,
					p.title, p.unitId, p.managerId, p.hireDate, p.leftOn, (p.leftOn != null) ? "Left for a start-up" : null));
		}
		this.organisation.people(rows, CREATED_AT);
	}

	private void insertTalents(List<GeneratedPerson> talents, List<UUID> competencyIds, Random random,
			int competenciesPerTalent) {
		List<LoadedTalent> rows = new ArrayList<>(talents.size());
		for (GeneratedPerson t : talents) {
			boolean potentialLed = random.nextBoolean();
			int performance = 1 + weighted(random);
			int potential = 1 + weighted(random);
			LocalDate reviewOn = REFERENCE_DATE.plusMonths(1 + random.nextInt(11));
			String longTerm = "Grow into a " + DESIRED_ROLES[random.nextInt(DESIRED_ROLES.length)].toLowerCase()
					+ " role with influence beyond my unit.";
			String brand = "Known as " + BRANDS[random.nextInt(BRANDS.length)] + ".";
			List<String> shuffledValues = new ArrayList<>(List.of(VALUES));
			Collections.shuffle(shuffledValues, random);
			List<String> shuffledRoles = new ArrayList<>(List.of(DESIRED_ROLES));
			Collections.shuffle(shuffledRoles, random);
			List<UUID> shuffledCompetencies = new ArrayList<>(competencyIds);
			Collections.shuffle(shuffledCompetencies, random);
			int count = (competenciesPerTalent == 0) ? 5 + random.nextInt(4)
					: Math.min(competencyIds.size(), Math.max(1, competenciesPerTalent - 2 + random.nextInt(5)));
			List<LoadedCompetencyHeld> held = new ArrayList<>(count);
			for (int c = 0; c < count; c++) {
				held.add(new LoadedCompetencyHeld(shuffledCompetencies.get(c), 2 + random.nextInt(4),
						"Shown in recent projects and peer feedback."));
			}
			rows.add(new LoadedTalent(PersonId.of(t.id),
					potentialLed ? DesignationReason.LONG_TERM_POTENTIAL : DesignationReason.IMMEDIATE_CONTRIBUTION,
					potentialLed ? "Learns fast in new domains; stepped up as acting lead during a reorganisation."
							: "Delivered results well above the team's in the last two cycles; critical to key customers.",
					reviewOn, performance, potential, "lead", "Lead a cross-team initiative within the next year.", longTerm,
					brand, "Ready for broader scope; strongest where problems are ambiguous.", "generator",
					// every other talent lets package creators and sponsors find them (no draw: the seed's sequence stays)
					rows.size() % 2 == 0, shuffledValues.subList(0, 5), shuffledRoles.subList(0, 2), held));
		}
		this.talents.talents(rows, CREATED_AT);
	}

	/**
	 * Every talent's developmental network ({@code developersPerTalent} developers): their manager
	 * and the head of their unit (named by many: the review's concentration), colleagues from any
	 * unit, and externals from the other arenas (none for about one talent in eight, and for half
	 * of those in every fourth unit), closeness 1 to 5, last contact up to 18 months before the
	 * reference date (one in ten over six months), one to three support functions, and ties among
	 * the developers. Drawn from its own seeded sequence, so the other tables stay as they were.
	 */
	private long insertNetworks(long seed, List<GeneratedPerson> people, List<GeneratedPerson> talents, List<UUID> units,
			int developersPerTalent) {
		if (developersPerTalent == 0 || this.networks == null) {
			return 0;
		}
		Random random = new Random(seed * 31 + 9_001);
		Map<UUID, UUID> heads = new java.util.HashMap<>();
		for (GeneratedPerson p : people) {
			if (p.managerId != null && p.managerId.equals(people.get(0).id)) {
				heads.put(p.unitId, p.id);
			}
		}
		List<GeneratedPerson> active = people.stream().filter((p) -> p.status.equals("ACTIVE")).toList();
		SupportFunction[] functions = SupportFunction.values();
		ContactFrequency[] frequencies = ContactFrequency.values();
		DeveloperRole[] insideRoles = { DeveloperRole.PEER, DeveloperRole.MENTOR, DeveloperRole.COACH, DeveloperRole.ROLE_MODEL };
		DeveloperRole[] outsideRoles = { DeveloperRole.MENTOR, DeveloperRole.COACH, DeveloperRole.PEER, DeveloperRole.FRIEND,
				DeveloperRole.ROLE_MODEL };
		List<LoadedMap> batch = new ArrayList<>();
		long developers = 0;
		int developerIndex = 0;
		int tieIndex = 0;
		for (GeneratedPerson talent : talents) {
			int n = developersPerTalent;
			boolean inward = random.nextInt(8) == 0 || (units.indexOf(talent.unitId) % 4 == 2 && random.nextBoolean());
			int internal = inward ? n : Math.min(n, 2 + random.nextInt(5));
			List<LoadedDeveloper> map = new ArrayList<>(n);
			Set<UUID> named = new java.util.HashSet<>();
			named.add(talent.id);
			List<UUID> insiders = new ArrayList<>();
			if (talent.managerId != null) {
				insiders.add(talent.managerId);
			}
			UUID head = heads.get(talent.unitId);
			if (head != null && random.nextInt(3) > 0) {
				insiders.add(head);
			}
			while (insiders.size() < internal) {
				insiders.add(active.get(random.nextInt(active.size())).id);
			}
			for (UUID person : insiders) {
				if (map.size() >= internal || !named.add(person)) {
					continue;
				}
				DeveloperRole role = person.equals(talent.managerId) ? DeveloperRole.MANAGER
						: person.equals(head) ? DeveloperRole.SPONSOR : insideRoles[random.nextInt(insideRoles.length)];
				map.add(new LoadedDeveloper(id(seed, "developer", developerIndex++), PersonId.of(person), null, null, true,
						Arena.CURRENT_EMPLOYER, role, 1 + random.nextInt(5), frequencies[random.nextInt(frequencies.length)],
						lastContact(random), support(random, functions)));
			}
			while (map.size() < n) {
				int arena = random.nextInt(EXTERNAL_ARENAS.length);
				String[] organisations = EXTERNAL_ORGANISATIONS[arena];
				String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
				map.add(new LoadedDeveloper(id(seed, "developer", developerIndex++), null, name,
						organisations[random.nextInt(organisations.length)], false, EXTERNAL_ARENAS[arena],
						outsideRoles[random.nextInt(outsideRoles.length)], 1 + random.nextInt(5),
						frequencies[random.nextInt(frequencies.length)], lastContact(random), support(random, functions)));
			}
			List<LoadedTie> ties = new ArrayList<>();
			Set<Long> pairs = new java.util.HashSet<>();
			int tieCount = map.size() / 2 + random.nextInt(map.size() + 1);
			for (int t = 0; t < tieCount && map.size() > 1; t++) {
				int one = random.nextInt(map.size());
				int other = random.nextInt(map.size());
				if (one != other && pairs.add((long) Math.min(one, other) * 1_000 + Math.max(one, other))) {
					ties.add(new LoadedTie(id(seed, "tie", tieIndex++), map.get(one).id(), map.get(other).id()));
				}
			}
			developers += map.size();
			batch.add(new LoadedMap(talent.id, map, ties));
			if (batch.size() >= 2_000) {
				this.networks.maps(batch, CREATED_AT);
				batch.clear();
			}
		}
		this.networks.maps(batch, CREATED_AT);
		return developers;
	}

	/** Mostly within five months of the reference date; one in ten over six months; one in twenty never recorded. */
	private static LocalDate lastContact(Random random) {
		int draw = random.nextInt(20);
		if (draw == 0) {
			return null;
		}
		return (draw <= 2) ? REFERENCE_DATE.minusDays(190 + random.nextInt(360)) : REFERENCE_DATE.minusDays(random.nextInt(150));
	}

	private static Set<SupportFunction> support(Random random, SupportFunction[] functions) {
		Set<SupportFunction> support = EnumSet.noneOf(SupportFunction.class);
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			support.add(functions[random.nextInt(functions.length)]);
		}
		return support;
	}

	/**
	 * A few work packages for the tours-of-duty catalogue, so a first visit has something to look
	 * at: three open ones (one of them weak, rated 2 on two qualities) and a draft only the talent
	 * lead sees. Tara has already expressed interest in one. The catalogue writes them
	 * ({@link WorkPackageLoad}) and decides which are weak.
	 */
	private void loadWorkPackages(long seed, GeneratedPerson lead, UUID sponsor, UUID interestedTalent, UUID unit) {
		UUID leadAccount = id(seed, "account:lead", 0);
		Object[][] packages = {
				{ "Search relevance v2", "Rebuild how customers find products: ranking, synonyms and measurement.",
						"Click-through on search results up 15 % by the end of the tour; an evaluation set the team keeps.",
						TourType.TRANSFORMATIONAL, false, 40, 2, 5, "New domain for most engineers", 4, "Customers ask for it weekly", 5,
						"Search drives a third of revenue", 4, "Demo at the quarterly business review", "Data analysis", 4,
						"Machine learning", 3 },
				{ "Customer onboarding journey", "Map and redesign the first 30 days of a new customer, with Sales and Support.",
						"Time to first value halved; a journey map adopted by three teams.", TourType.ROTATIONAL, false, 30, 1, 4,
						"Three teams, no single owner", 4, "Direct contact with customers", 4, "Churn in month one is our biggest leak",
						5, "Sponsored by the COO; results shared company-wide", "Customer insight", 3, "Facilitation", 3 },
				{ "Internal mentoring circle pilot", "Run four mentoring circles for new team leads and report what worked.",
						"Four circles held; a recommendation whether to scale.", TourType.ROTATIONAL, false, 10, 2, 2,
						"Mostly logistics", 3, "Meet peers across units", 3, "Supports new team leads", 2,
						"Little visibility beyond the participants", "Coaching others", 2, "Facilitation", 3 },
				{ "Regional expansion playbook", "Prepare the playbook for opening our first office outside the home market.",
						"A playbook the board approves; a shortlist of two cities with a business case each.",
						TourType.TRANSFORMATIONAL, true, 50, 1, 5, "Unknown territory", 5, "Shapes the next five years", 5,
						"Board-level decision", 5, "Presented to the board", "Strategic thinking", 4, "Financial acumen", 3 } };
		Map<String, UUID> competencyIds = this.talents.competencyIdsByName();
		List<LoadedWorkPackage> rows = new ArrayList<>(packages.length);
		for (int i = 0; i < packages.length; i++) {
			Object[] p = packages[i];
			List<LoadedRequirement> competencies = new ArrayList<>();
			for (int c = 15; c < p.length; c += 2) {
				String name = (String) p[c];
				UUID competency = Objects.requireNonNull(competencyIds.get(name), () -> "No competency named " + name);
				competencies.add(new LoadedRequirement(competency, (int) p[c + 1]));
			}
			rows.add(new LoadedWorkPackage(id(seed, "work-package", i), (String) p[0], (String) p[1], (String) p[2], sponsor,
					unit, REFERENCE_DATE.plusMonths(4 + i), REFERENCE_DATE.plusMonths(10 + 2 * i), (int) p[5], (int) p[6],
					(TourType) p[3], (boolean) p[4], rating(p, 7), rating(p, 9), rating(p, 11), rating(p, 13), competencies,
					leadAccount, lead.id, CREATED_AT));
		}
		this.workPackages.packages(rows);
		this.workPackages.interest(List.of(new LoadedInterest(id(seed, "interest", 0), id(seed, "work-package", 1),
				PersonId.of(interestedTalent), "I would love to work closer to customers.", CREATED_AT)));
	}

	private static LoadedRating rating(Object[] generated, int at) {
		return new LoadedRating((int) generated[at], (String) generated[at + 1]);
	}

	private void insertAccount(long seed, String username, String hash, UUID personId, String displayName,
			Set<Role> roles) {
		this.accountLoad.account(AccountId.of(id(seed, "account:" + username, 0)), username, hash,
				PersonId.ofNullable(personId), displayName, roles, CREATED_AT);
	}

	/** Skewed towards the middle of the 9-box, as real calibrations are. */
	private static int weighted(Random random) {
		int roll = random.nextInt(10);
		return (roll < 2) ? 0 : (roll < 7) ? 1 : 2;
	}

	private static GeneratedPerson person(long seed, Random random, int index, UUID unitId, UUID managerId, String title) {
		GeneratedPerson p = new GeneratedPerson();
		p.index = index;
		p.id = id(seed, "person", index);
		p.first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
		p.last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		p.title = title;
		p.unitId = unitId;
		p.managerId = managerId;
		p.hireDate = REFERENCE_DATE.minusDays(60 + random.nextInt(365 * 12));
		p.status = "ACTIVE";
		return p;
	}

	private static void rename(List<GeneratedPerson> people, UUID id, String first, String last, String title) {
		GeneratedPerson p = find(people, id);
		p.first = first;
		p.last = last;
		p.title = title;
	}

	private static GeneratedPerson find(List<GeneratedPerson> people, UUID id) {
		return people.stream().filter((p) -> p.id.equals(id)).findFirst().orElseThrow();
	}

	static UUID id(long seed, String kind, int index) {
		return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + index).getBytes(StandardCharsets.UTF_8));
	}

	private static UUID id(UUID owner, String kind) {
		return UUID.nameUUIDFromBytes((owner + ":" + kind).getBytes(StandardCharsets.UTF_8));
	}

	private static final class GeneratedPerson {

		int index;

		UUID id;

		String first;

		String last;

		String title;

		UUID unitId;

		UUID managerId;

		LocalDate hireDate;

		LocalDate leftOn;

		String status;

		String fullName() {
			return this.first + " " + this.last;
		}

	}

}
