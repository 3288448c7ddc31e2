package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who finds whom among a package's candidates, on the package page and the API: the talent lead
 * ranks the whole pool; the package's creator (a manager) and its sponsor (a talent) find only
 * the discoverable talents, their own reports and the interested, and read aspiration words only
 * of the profiles they may read; unrelated managers and talents and the administrator rank
 * nobody. Each test hires a team and opens a package created by its manager and sponsored by its
 * talent, whose description and a private talent's aspirations share one word of the test's own.
 * The package asks for a competency of the test's own, which the private talent and the team's
 * talent hold at the level asked and nobody else holds: wherever either may be found they are the
 * best candidates (a score of at least 0.5 against at most 0.39 for anyone else), whoever else is
 * in the pool.
 */
@IntegrationTest
class MatchingPrivacyIntegrationTests {

	/** Competencies created for one test sort after the demo's, so "the first competency" stays a demo one. */
	private static final String CATEGORY = "Zz matching tests";

	/** Letters a word stays itself with through Lucene's English analysis: no vowel, no s. */
	private static final String CONSONANTS = "bcdfghjklmnpqrtvwxz";

	private static final AtomicLong WORDS = new AtomicLong(System.nanoTime());

	private static final Pattern PROFILE_LINK = Pattern.compile("href=\"/talents/([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadRanksTheWholePoolAndReadsAspirations() {
		Fixture f = fixture();

		JsonNode outsider = candidate(as("lead").get(candidates(f) + "?limit=100").json(), f.outsider());
		assertThat(outsider).as("the private talent among the lead's candidates").isNotNull();
		assertThat(outsider.path("profileReadable").asBoolean()).isTrue();
		assertThat(outsider.path("explanation").toString()).contains("Aspirations share: " + f.rare());

		String card = candidateCard(WebSession.signIn(this.port, "lead").get(page(f)));
		assertThat(card).contains("href=\"/talents/" + f.outsider() + "\"", f.rare())
			.doesNotContain("id=\"candidate-audience\"");
	}

	@Test
	void theCreatorAndTheSponsorDoNotFindATalentWhoKeepsToThemself() {
		Fixture f = fixture();

		for (ApiClient reader : List.of(f.team().managerApi(), f.team().talentApi())) {
			ApiClient.Response response = reader.get(candidates(f) + "?limit=100");
			assertThat(response.status()).isEqualTo(200);
			assertThat(candidate(response.json(), f.outsider())).isNull();
			assertThat(response.body()).doesNotContain(f.rare());
		}
		for (Map.Entry<String, WebSession> reader : creatorAndSponsor(f).entrySet()) {
			String card = candidateCard(reader.getValue().get(page(f)));
			assertThat(card).as(reader.getKey())
				.contains("id=\"candidate-audience\"")
				.doesNotContain(f.outsiderName(), f.rare());
		}
	}

	@Test
	void aDiscoverableTalentIsFoundWithoutTheirAspirationsOrAProfileLink() {
		Fixture f = fixture();
		ApiClient.Response chosen = ApiClient.as(this.port, f.outsiderUser(), TourTestPeople.PASSWORD)
			.put("/api/v1/talents/" + f.outsider() + "/discoverability", "{\"discoverable\": true}");
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().path("discoverable").asBoolean()).isTrue();

		for (ApiClient reader : List.of(f.team().managerApi(), f.team().talentApi())) {
			ApiClient.Response response = reader.get(candidates(f) + "?limit=100");
			JsonNode outsider = candidate(response.json(), f.outsider());
			assertThat(outsider).isNotNull();
			assertThat(outsider.path("profileReadable").asBoolean()).isFalse();
			assertThat(outsider.path("explanation").toString()).contains("Aspirations are private", "required levels");
			assertThat(response.body()).doesNotContain(f.rare());
		}
		for (Map.Entry<String, WebSession> reader : creatorAndSponsor(f).entrySet()) {
			String card = candidateCard(reader.getValue().get(page(f)));
			assertThat(card).as(reader.getKey())
				.contains(f.outsiderName(), "Aspirations are private")
				.doesNotContain("/talents/" + f.outsider(), f.rare());
		}
	}

	@Test
	void theInterestedAreAmongTheCandidatesMarkedSoWhateverTheirScore() {
		Fixture f = fixture();
		String user = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		UUID interested = this.accounts.findByUsername(user).orElseThrow().personId();
		ApiClient.Response expressed = ApiClient.as(this.port, user, TourTestPeople.PASSWORD)
			.post("/api/v1/work-packages/" + f.packageId() + "/interest", "{\"note\": \"Count me in\"}");
		assertThat(expressed.status()).as(expressed.body()).isEqualTo(201);

		Map<String, ApiClient> readers = new LinkedHashMap<>();
		readers.put("lead", as("lead"));
		readers.put("creator", f.team().managerApi());
		readers.put("sponsor", f.team().talentApi());
		readers.forEach((reader, client) -> {
			JsonNode found = candidate(client.get(candidates(f) + "?limit=1").json(), interested);
			assertThat(found).as(reader).isNotNull();
			assertThat(found.path("interested").asBoolean()).as(reader).isTrue();
		});
		String card = candidateCard(f.team().managerSession().get(page(f)));
		assertThat(card).contains(this.directory.get(PersonId.of(interested)).fullName(), "candidate-interested");
	}

	@Test
	void everyNameTheCreatorAndTheSponsorSeeLinksOnlyToAProfileTheyMayOpen() {
		Fixture f = fixture();
		Map<String, WebSession> readers = creatorAndSponsor(f);
		readers.put("lead", WebSession.signIn(this.port, "lead"));

		readers.forEach((reader, session) -> {
			String card = candidateCard(session.get(page(f)));
			List<String> linked = new ArrayList<>();
			Matcher link = PROFILE_LINK.matcher(card);
			while (link.find()) {
				linked.add(link.group(1));
			}
			for (String id : linked) {
				assertThat(session.get("/talents/" + id).status()).as(reader + " opens " + id).isEqualTo(200);
			}
			if (reader.equals("lead")) {
				// the lead reads every profile: every name is a link
				assertThat(linked).as(reader + " links the names").isNotEmpty();
			}
		});
		// the team's talent reports to the manager: among his candidates, with their profile to read
		JsonNode reportForManager = candidate(f.team().managerApi().get(candidates(f) + "?limit=100").json(),
				f.team().talent().personId());
		assertThat(reportForManager).isNotNull();
		assertThat(reportForManager.path("profileReadable").asBoolean()).isTrue();
	}

	@Test
	void unrelatedManagersATalentAndTheAdministratorRankNobody() {
		Fixture f = fixture();
		String stranger = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);

		for (ApiClient reader : List.of(ApiClient.as(this.port, stranger, TourTestPeople.PASSWORD), as("manager"),
				as("talent"), as("admin"))) {
			ApiClient.Response ranked = reader.get(candidates(f));
			assertThat(ranked.status()).isIn(403, 404);
			assertThat(ranked.isProblem()).isTrue();
			assertThat(ranked.body()).doesNotContain(f.rare());
			ApiClient.Response matches = reader.get("/api/v1/work-packages/matches?personId=" + f.outsider());
			assertThat(matches.status()).isIn(403, 404);
			assertThat(matches.body()).doesNotContain(f.rare());
		}
		for (WebSession reader : List.of(WebSession.signIn(this.port, stranger, TourTestPeople.PASSWORD),
				WebSession.signIn(this.port, "manager"), WebSession.signIn(this.port, "talent"),
				WebSession.signIn(this.port, "admin"))) {
			WebSession.Page shown = reader.get(page(f));
			assertThat(shown.status()).isLessThan(500);
			assertThat(shown.body()).doesNotContain("id=\"candidates\"", f.outsiderName());
		}
	}

	@Test
	void theTalentChoosesOnTheirProfilePageAndItSaysWhoSeesWhat() {
		Fixture f = fixture();
		WebSession own = WebSession.signIn(this.port, f.outsiderUser(), TourTestPeople.PASSWORD);

		WebSession.Page profile = own.get("/talents/" + f.outsider());
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains("id=\"discoverability\"", "You are not discoverable.",
				"they do not see your aspirations");
		WebSession.Page turned = own.post("/talents/" + f.outsider() + "/discoverability", profile,
				Map.of("discoverable", "true"));
		assertThat(turned.status()).isEqualTo(302);
		assertThat(own.get("/talents/" + f.outsider()).body()).contains("You are discoverable.");
		assertThat(candidate(f.team().managerApi().get(candidates(f) + "?limit=100").json(), f.outsider())).isNotNull();

		WebSession.Page back = own.post("/talents/" + f.outsider() + "/discoverability",
				own.get("/talents/" + f.outsider()), Map.of("discoverable", "false"));
		assertThat(back.status()).isEqualTo(302);
		assertThat(candidate(f.team().managerApi().get(candidates(f) + "?limit=100").json(), f.outsider())).isNull();

		// only the talent chooses, and the setting is theirs alone to see
		ApiClient.Response byLead = as("lead").put("/api/v1/talents/" + f.outsider() + "/discoverability",
				"{\"discoverable\": true}");
		assertThat(byLead.status()).isEqualTo(403);
		WebSession.Page reportByManager = f.team().managerSession().get("/talents/" + f.team().talent().personId());
		assertThat(reportByManager.status()).isEqualTo(200);
		assertThat(reportByManager.body()).doesNotContain("id=\"discoverability\"");
	}

	/**
	 * A package of the team's manager, sponsored by the team's talent (in the pool, rated at the
	 * level the package asks), and a designated talent outside the team who keeps to themself,
	 * rated likewise, whose aspirations share the test's word with the package's description.
	 */
	private record Fixture(TourTeam team, UUID packageId, UUID outsider, String outsiderUser, String outsiderName,
			String rare) {
	}

	private Fixture fixture() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		String rare = word();
		UUID competency = competency();
		designate(team.talent().personId());
		revise(team.talentApi(), team.talent().personId(), List.of(), null, competency);

		ApiClient manager = team.managerApi();
		Map<String, Object> body = TourFixtures.aPackage(this.port, team.talent().employeeId());
		body.put("description", "Chart the " + rare + " of our warehouses.");
		body.put("competencies", List.of(Map.of("competencyId", competency.toString(), "level", LEVEL)));
		ApiClient.Response created = manager.post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID packageId = UUID.fromString(created.json().path("id").asString());
		TourFixtures.packageStatus(this.port, manager, packageId, "OPEN");

		String user = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		UUID outsider = this.accounts.findByUsername(user).orElseThrow().personId();
		designate(outsider);
		revise(ApiClient.as(this.port, user, TourTestPeople.PASSWORD), outsider, List.of("Curiosity"),
				"Become the voice of " + rare + " in the company", competency);
		return new Fixture(team, packageId, outsider, user, this.directory.get(PersonId.of(outsider)).fullName(), rare);
	}

	/** The level the package asks of its competency, and the level its two rated talents hold. */
	private static final int LEVEL = 3;

	/** The creator (the team's manager) and the sponsor (the team's talent) signed in to the pages. */
	private static Map<String, WebSession> creatorAndSponsor(Fixture f) {
		Map<String, WebSession> readers = new LinkedHashMap<>();
		readers.put("creator", f.team().managerSession());
		readers.put("sponsor", f.team().talentSession());
		return readers;
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

	/** The talent writes their own profile: values, an aspiration and the competency at {@link #LEVEL}. */
	private static void revise(ApiClient self, UUID personId, List<String> values, String aspiration, UUID competency) {
		String profile = "/api/v1/talents/" + personId + "/profile";
		long version = self.get(profile).json().path("version").asLong();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("values", values);
		body.put("shortTermAspiration", aspiration);
		body.put("competencies", List.of(Map.of("competencyId", competency.toString(), "proficiency", LEVEL)));
		body.put("version", version);
		ApiClient.Response revised = self.put(profile, TourFixtures.json(body));
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
	}

	private static String candidates(Fixture f) {
		return "/api/v1/work-packages/" + f.packageId() + "/candidates";
	}

	private static String page(Fixture f) {
		return "/tours/packages/" + f.packageId();
	}

	/** The best candidates card of a package page (the page also shows the package's own words). */
	private static String candidateCard(WebSession.Page page) {
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("id=\"candidates\"");
		assertThat(start).as("the candidates card").isNotNegative();
		int end = body.indexOf("<div class=\"col-lg-4\">", start);
		return body.substring(start, (end > start) ? end : body.length());
	}

	private static JsonNode candidate(JsonNode list, UUID personId) {
		for (JsonNode item : list) {
			if (personId.toString().equals(item.path("personId").asString())) {
				return item;
			}
		}
		return null;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
