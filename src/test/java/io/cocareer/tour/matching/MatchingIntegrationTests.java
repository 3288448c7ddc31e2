package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates for a package and packages for a talent, ranked with their explanations. Each test
 * builds its own world: competencies of its own in the catalogue, a team whose talent is in the
 * talent pool and rated on them, and packages that ask for them. Nobody else holds a level in
 * those competencies nor the talent's one aspiration word, so the test's talent is the best
 * candidate for the test's package (score at least 0.5 against at most 0.36 for anyone else) and
 * the package the talent's best match (more than 0.5 against at most 0.5 for any other package),
 * whatever else the catalogue and the pool hold.
 */
@IntegrationTest
class MatchingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	AccountService accounts;

	@Test
	void leadRanksCandidatesForAPackageBestFirstWithExplanations() {
		World w = world();

		ApiClient.Response response = as("lead").get(candidates(w.packageId()));

		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items.size()).isPositive().isLessThanOrEqualTo(20);
		List<Double> scores = new ArrayList<>();
		items.forEach((item) -> scores.add(item.path("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		JsonNode best = items.get(0);
		assertThat(best.path("personId").asString()).isEqualTo(w.talent().toString());
		assertThat(best.path("name").asString()).isNotBlank();
		assertThat(best.path("components").path("skillFit").asDouble()).isBetween(0.0, 1.0);
		assertThat(best.path("components").path("availability").asDouble()).isEqualTo(1.0);
		assertThat(best.path("weights").path("skill").asDouble()).isEqualTo(0.5);
		assertThat(best.path("explanation").toString()).contains("required levels", "Free for 100 % of the share");
	}

	@Test
	void eachExplanationLineComesAsCodeArgumentsAndText() {
		World w = world();
		JsonNode best = as("lead").get(candidates(w.packageId())).json().get(0);

		JsonNode covers = best.path("explanation").get(0);
		assertThat(covers.path("code").asString()).isEqualTo("tour.match.reason.covers");
		int covered = covers.path("arguments").get(0).asInt();
		int required = covers.path("arguments").get(1).asInt();
		// the package requires its first competency at 4 and its second at 3
		assertThat(required).isEqualTo(7);
		assertThat(covers.path("text").asString()).isEqualTo("Covers " + covered + " of 7 required levels");
		best.path("explanation").forEach((line) -> {
			assertThat(line.path("code").asString()).startsWith("tour.match.reason.");
			assertThat(line.path("arguments").isArray()).isTrue();
			assertThat(line.path("text").asString()).isNotBlank().doesNotContain("{", "??");
		});
	}

	@Test
	void theLimitCutsTheList() {
		World w = world();

		JsonNode items = as("lead").get(candidates(w.packageId()) + "?limit=3").json();

		assertThat(items.size()).isEqualTo(3);
	}

	@Test
	void aTalentCannotRankCandidates() {
		World w = world();

		for (ApiClient talent : List.of(w.team().talentApi(), as("talent"))) {
			ApiClient.Response response = talent.get(candidates(w.packageId()));

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.code()).isEqualTo("tour.denied.rankCandidates");
		}
	}

	@Test
	void candidatesOfAnUnknownPackageAreNotFound() {
		ApiClient.Response response = as("lead").get("/api/v1/work-packages/" + UUID.randomUUID() + "/candidates");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void aTalentGetsTheirOpenPackageMatches() {
		World w = world();

		ApiClient.Response response = w.team().talentApi().get(matches(w.talent()));

		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items.size()).isPositive().isLessThanOrEqualTo(10);
		List<Double> scores = new ArrayList<>();
		items.forEach((item) -> scores.add(item.path("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(response.body()).contains(w.title());
		assertThat(items.get(0).path("packageId").asString()).isEqualTo(w.packageId().toString());
		assertThat(items.get(0).path("explanation").size()).isPositive();
	}

	@Test
	void aTalentsMatchesAreSeenByTheirManagerAndTheLead() {
		World w = world();

		assertThat(w.team().managerApi().get(matches(w.talent())).status()).isEqualTo(200);
		assertThat(as("lead").get(matches(w.talent())).status()).isEqualTo(200);
	}

	@Test
	void anotherTalentOrManagerCannotAskForATalentsMatches() {
		World w = world();
		String other = newTalentAccount();

		for (ApiClient reader : List.of(ApiClient.as(this.port, other, PASSWORD), as("talent"), as("manager"))) {
			ApiClient.Response response = reader.get(matches(w.talent()));

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.code()).isEqualTo("tour.denied.matchesOfOthers");
		}
	}

	@Test
	void matchesWithoutAPersonAreABadRequest() {
		ApiClient.Response response = as("lead").get("/api/v1/work-packages/matches?personId=nobody");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void theLeadSeesTheBestCandidatesOnThePackagePageAndATalentDoesNot() {
		World w = world();
		String path = "/tours/packages/" + w.packageId();

		WebSession.Page lead = WebSession.signIn(this.port, "lead").get(path);
		assertThat(lead.status()).isEqualTo(200);
		assertThat(lead.body()).contains("id=\"candidates\"", "Best candidates", "required levels",
				"Free for 100 % of the share the package needs");
		assertThat(lead.body()).doesNotContain("??tour.match");

		for (WebSession talent : List.of(w.team().talentSession(), WebSession.signIn(this.port, "talent"))) {
			WebSession.Page page = talent.get(path);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).doesNotContain("id=\"candidates\"");
		}
	}

	@Test
	void aTalentSeesSuggestedBadgesInTheCatalogueAndTheLeadDoesNot() {
		World w = world();
		JsonNode best = w.team().talentApi().get(matches(w.talent()) + "&limit=1").json().get(0);
		assertThat(best.path("packageId").asString()).isEqualTo(w.packageId().toString());
		assertThat(best.path("score").asDouble()).isGreaterThanOrEqualTo(0.3);

		// the catalogue, filtered to the packages whose title carries the test's tag
		String filtered = "/tours/packages?status=OPEN&q=" + w.tag();
		WebSession.Page talent = w.team().talentSession().get(filtered);
		assertThat(talent.status()).isEqualTo(200);
		assertThat(talent.body()).contains(best.path("title").asString(), "suggested-badge", "Suggested for you");

		assertThat(WebSession.signIn(this.port, "lead").get(filtered).body()).doesNotContain("suggested-badge");
	}

	@Test
	void aWeakMatchIsNoSuggestion() {
		World w = world();
		// a package the talent covers 2 of 5 levels of, with no word of their aspirations: 0.28
		UUID weakCompetency = competency();
		rate(w, Map.of(w.competencies().get(0), 4, w.competencies().get(1), 3, weakCompetency, 2));
		String weakTitle = w.tag() + " " + word();
		UUID weak = openPackage(w.team(), weakTitle, word() + " " + word(), word(), Map.of(weakCompetency, 5));

		String catalogue = w.team().talentSession().get("/tours/packages?status=OPEN&q=" + w.tag()).body();
		assertThat(catalogue).contains(w.title(), weakTitle);
		JsonNode suggestions = w.team().talentApi().get(matches(w.talent()) + "&limit=3").json();
		long badgedOnThePage = 0;
		for (JsonNode match : suggestions) {
			// the three best matches get a badge if they are strong, where the page lists them
			if (match.path("score").asDouble() >= 0.3 && catalogue.contains(match.path("packageId").asString())) {
				badgedOnThePage++;
			}
		}
		assertThat(catalogue.split("suggested-badge", -1).length - 1).isEqualTo((int) badgedOnThePage).isOne();
		assertThat(card(catalogue, w.packageId())).contains("suggested-badge");
		assertThat(card(catalogue, weak)).doesNotContain("suggested-badge");

		// the talent has less than "the weak package" asks for: ranked, but not suggested. Nobody
		// else holds its competency or its words, so the talent is its best candidate
		JsonNode ranked = w.team().managerApi().get(candidates(weak) + "?limit=1").json().get(0);
		assertThat(ranked.path("personId").asString()).isEqualTo(w.talent().toString());
		assertThat(ranked.path("score").asDouble()).isPositive().isLessThan(0.3);
	}

	private static final String PASSWORD = "match-test-1";

	/** Competencies created for one test sort after the demo's, so "the first competency" stays a demo one. */
	private static final String CATEGORY = "Zz matching tests";

	/** Letters a word stays itself with through Lucene's English analysis: no vowel, no s. */
	private static final String CONSONANTS = "bcdfghjklmnpqrtvwxz";

	private static final AtomicLong WORDS = new AtomicLong(System.nanoTime());

	/**
	 * The test's own world: a team whose talent is in the pool with one aspiration word and levels
	 * 4 and 3 in two competencies of the test, and an open package of the team's manager (its
	 * creator and sponsor) asking for exactly those levels, with the aspiration word in its
	 * description and the test's tag in its title.
	 */
	private record World(TourTeam team, UUID packageId, String title, String tag, String aspiration,
			List<UUID> competencies) {

		UUID talent() {
			return this.team.talent().personId();
		}

	}

	private World world() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		String tag = word();
		String aspiration = word();
		List<UUID> competencies = List.of(competency(), competency());
		designate(team.talent().personId());
		String title = "Search relevance " + tag;
		UUID packageId = openPackage(team, title, "Rebuild how customers find the " + aspiration + ".",
				"Click-through on search results up 15 %.", Map.of(competencies.get(0), 4, competencies.get(1), 3));
		World w = new World(team, packageId, title, tag, aspiration, competencies);
		rate(w, Map.of(competencies.get(0), 4, competencies.get(1), 3));
		return w;
	}

	/** A letters-only word of the test's own, fresh for each call. */
	private static String word() {
		long n = WORDS.incrementAndGet();
		StringBuilder word = new StringBuilder();
		while (n > 0) {
			word.append(CONSONANTS.charAt((int) (n % CONSONANTS.length())));
			n /= CONSONANTS.length();
		}
		return "zq" + word;
	}

	/** The lead adds a competency of the test's own to the catalogue. */
	private UUID competency() {
		ApiClient.Response added = as("lead").post("/api/v1/competencies",
				TourFixtures.json(Map.of("name", word(), "category", CATEGORY)));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return UUID.fromString(added.json().path("id").asString());
	}

	/** The lead designates the person a talent, which puts them in the talent pool. */
	private void designate(UUID personId) {
		ApiClient.Response designated = as("lead").post("/api/v1/talents",
				TourFixtures.json(Map.of("personId", personId.toString(), "reason", "LONG_TERM_POTENTIAL", "evidence",
						"Grows fast", "reviewOn", LocalDate.now().plusMonths(6).toString(), "performance", 2,
						"potential", 3)));
		assertThat(designated.status()).as(designated.body()).isEqualTo(201);
	}

	/** The world's talent writes their profile: the aspiration word and these levels. */
	private void rate(World w, Map<UUID, Integer> levels) {
		ApiClient talent = w.team().talentApi();
		String profile = "/api/v1/talents/" + w.talent() + "/profile";
		long version = talent.get(profile).json().path("version").asLong();
		List<Map<String, Object>> rows = new ArrayList<>();
		levels.forEach((competency, level) -> rows.add(Map.of("competencyId", competency.toString(), "proficiency",
				level, "evidence", "Shown in recent work")));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("shortTermAspiration", w.aspiration());
		body.put("competencies", rows);
		body.put("version", version);
		ApiClient.Response revised = talent.put(profile, TourFixtures.json(body));
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
	}

	/** The team's manager opens a package they sponsor with these words, asking for these levels. */
	private UUID openPackage(TourTeam team, String title, String description, String expectedResults,
			Map<UUID, Integer> required) {
		Map<String, Object> body = TourFixtures.aPackage(this.port, team.manager().employeeId());
		body.put("title", title);
		body.put("description", description);
		body.put("expectedResults", expectedResults);
		List<Map<String, Object>> competencies = new ArrayList<>();
		required.forEach((competency, level) -> competencies
			.add(Map.of("competencyId", competency.toString(), "level", level)));
		body.put("competencies", competencies);
		ApiClient manager = team.managerApi();
		ApiClient.Response created = manager.post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("id").asString());
		ApiClient.Response opened = TourFixtures.packageStatus(this.port, manager, id, "OPEN");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

	/** The card of one package in the catalogue page, up to the next package's. */
	private static String card(String catalogue, UUID packageId) {
		int start = catalogue.indexOf("data-id=\"" + packageId + "\"");
		assertThat(start).as("the package's card").isNotNegative();
		int end = catalogue.indexOf("package-card", start);
		return catalogue.substring(start, (end > start) ? end : catalogue.length());
	}

	private String newTalentAccount() {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = this.people.units(PeopleTestActors.HR).get(0);
		UUID person = this.people.create(PeopleTestActors.HR, new SavePerson("MT" + key, "Match", "Talent " + key,
				"match." + key + "@test.cocareer.io", "Analyst", unit.id(), null, java.time.LocalDate.of(2024, 3, 1)));
		String username = "mt" + key;
		this.accounts.create(username, PASSWORD, person, this.directory.get(PersonId.of(person)).fullName(), Set.of(Role.TALENT));
		return username;
	}

	private static String candidates(UUID packageId) {
		return "/api/v1/work-packages/" + packageId + "/candidates";
	}

	private static String matches(UUID personId) {
		return "/api/v1/work-packages/matches?personId=" + personId;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
