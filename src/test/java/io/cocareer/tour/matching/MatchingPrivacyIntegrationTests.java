package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.talent.profile.ProfileRevision;
import io.cocareer.talent.profile.TalentProfileService;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who finds whom among a package's candidates, on the package page and the API: the talent lead
 * ranks the whole pool; the package's creator (a manager) and its sponsor (a talent) find only
 * the discoverable talents, their own reports and the interested, and read aspiration words only
 * of the profiles they may read; an unrelated manager and the administrator rank nobody. Each
 * test opens a package created by the manager and sponsored by Tara, whose description and a
 * private talent's aspirations share one rare word.
 */
@IntegrationTest
class MatchingPrivacyIntegrationTests {

	private static final String RARE = "zephyrology";

	private static final Pattern PROFILE_LINK = Pattern.compile("href=\"/talents/([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentProfileService talents;

	@Test
	void theLeadRanksTheWholePoolAndReadsAspirations() {
		Fixture f = fixture();

		JsonNode outsider = candidate(as("lead").get(candidates(f) + "?limit=100").json(), f.outsider());
		assertThat(outsider).as("the private talent among the lead's candidates").isNotNull();
		assertThat(outsider.path("profileReadable").asBoolean()).isTrue();
		assertThat(outsider.path("explanation").toString()).contains("Aspirations share: " + RARE);

		String card = candidateCard(WebSession.signIn(this.port, "lead").get(page(f)));
		assertThat(card).contains("href=\"/talents/" + f.outsider() + "\"", RARE)
			.doesNotContain("id=\"candidate-audience\"");
		close(f);
	}

	@Test
	void theCreatorAndTheSponsorDoNotFindATalentWhoKeepsToThemself() {
		Fixture f = fixture();

		for (ApiClient reader : List.of(as("manager"), as("talent"))) {
			ApiClient.Response response = reader.get(candidates(f) + "?limit=100");
			assertThat(response.status()).isEqualTo(200);
			assertThat(candidate(response.json(), f.outsider())).isNull();
			assertThat(response.body()).doesNotContain(RARE);
		}
		for (String reader : List.of("manager", "talent")) {
			String card = candidateCard(WebSession.signIn(this.port, reader).get(page(f)));
			assertThat(card).as(reader).contains("id=\"candidate-audience\"").doesNotContain(f.outsiderName(), RARE);
		}
		close(f);
	}

	@Test
	void aDiscoverableTalentIsFoundWithoutTheirAspirationsOrAProfileLink() {
		Fixture f = fixture();
		ApiClient.Response chosen = ApiClient.as(this.port, f.outsiderUser(), TourTestPeople.PASSWORD)
			.put("/api/v1/talents/" + f.outsider() + "/discoverability", "{\"discoverable\": true}");
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().path("discoverable").asBoolean()).isTrue();

		for (ApiClient reader : List.of(as("manager"), as("talent"))) {
			ApiClient.Response response = reader.get(candidates(f) + "?limit=100");
			JsonNode outsider = candidate(response.json(), f.outsider());
			assertThat(outsider).isNotNull();
			assertThat(outsider.path("profileReadable").asBoolean()).isFalse();
			assertThat(outsider.path("explanation").toString()).contains("Aspirations are private", "required levels");
			assertThat(response.body()).doesNotContain(RARE);
		}
		for (String reader : List.of("manager", "talent")) {
			String card = candidateCard(WebSession.signIn(this.port, reader).get(page(f)));
			assertThat(card).as(reader)
				.contains(f.outsiderName(), "Aspirations are private")
				.doesNotContain("/talents/" + f.outsider(), RARE);
		}
		close(f);
	}

	@Test
	void theInterestedAreAmongTheCandidatesMarkedSoWhateverTheirScore() {
		Fixture f = fixture();
		String user = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		UUID interested = this.accounts.findByUsername(user).orElseThrow().personId();
		ApiClient.Response expressed = ApiClient.as(this.port, user, TourTestPeople.PASSWORD)
			.post("/api/v1/work-packages/" + f.packageId() + "/interest", "{\"note\": \"Count me in\"}");
		assertThat(expressed.status()).as(expressed.body()).isEqualTo(201);

		for (String reader : List.of("lead", "manager", "talent")) {
			JsonNode found = candidate(as(reader).get(candidates(f) + "?limit=1").json(), interested);
			assertThat(found).as(reader).isNotNull();
			assertThat(found.path("interested").asBoolean()).as(reader).isTrue();
		}
		String card = candidateCard(WebSession.signIn(this.port, "manager").get(page(f)));
		assertThat(card).contains(this.directory.get(PersonId.of(interested)).fullName(), "candidate-interested");
		close(f);
	}

	@Test
	void everyNameTheCreatorAndTheSponsorSeeLinksOnlyToAProfileTheyMayOpen() {
		Fixture f = fixture();
		UUID tara = TourFixtures.personOf(this.port, "talent");

		for (String reader : List.of("manager", "talent", "lead")) {
			WebSession session = WebSession.signIn(this.port, reader);
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
		}
		// Tara reports to the manager: among his candidates, with her profile to read
		JsonNode taraForManager = candidate(as("manager").get(candidates(f) + "?limit=100").json(), tara);
		assertThat(taraForManager).isNotNull();
		assertThat(taraForManager.path("profileReadable").asBoolean()).isTrue();
		close(f);
	}

	@Test
	void anUnrelatedManagerAndTheAdministratorRankNobody() {
		Fixture f = fixture();
		String stranger = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);

		for (ApiClient reader : List.of(ApiClient.as(this.port, stranger, TourTestPeople.PASSWORD), as("admin"))) {
			ApiClient.Response ranked = reader.get(candidates(f));
			assertThat(ranked.status()).isIn(403, 404);
			assertThat(ranked.isProblem()).isTrue();
			assertThat(ranked.body()).doesNotContain(RARE);
			ApiClient.Response matches = reader.get("/api/v1/work-packages/matches?personId=" + f.outsider());
			assertThat(matches.status()).isIn(403, 404);
			assertThat(matches.body()).doesNotContain(RARE);
		}
		for (WebSession reader : List.of(WebSession.signIn(this.port, stranger, TourTestPeople.PASSWORD),
				WebSession.signIn(this.port, "admin"))) {
			WebSession.Page shown = reader.get(page(f));
			assertThat(shown.status()).isLessThan(500);
			assertThat(shown.body()).doesNotContain("id=\"candidates\"", f.outsiderName());
		}
		close(f);
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
		assertThat(candidate(as("manager").get(candidates(f) + "?limit=100").json(), f.outsider())).isNotNull();

		WebSession.Page back = own.post("/talents/" + f.outsider() + "/discoverability",
				own.get("/talents/" + f.outsider()), Map.of("discoverable", "false"));
		assertThat(back.status()).isEqualTo(302);
		assertThat(candidate(as("manager").get(candidates(f) + "?limit=100").json(), f.outsider())).isNull();

		// only the talent chooses, and the setting is theirs alone to see
		ApiClient.Response byLead = as("lead").put("/api/v1/talents/" + f.outsider() + "/discoverability",
				"{\"discoverable\": true}");
		assertThat(byLead.status()).isEqualTo(403);
		WebSession.Page taraByManager = WebSession.signIn(this.port, "manager")
			.get("/talents/" + TourFixtures.personOf(this.port, "talent"));
		assertThat(taraByManager.body()).doesNotContain("id=\"discoverability\"");
		close(f);
	}

	/** A package of the manager's, sponsored by Tara, and a designated talent outside the manager's team. */
	private record Fixture(UUID packageId, UUID outsider, String outsiderUser, String outsiderName) {
	}

	private Fixture fixture() {
		ApiClient manager = as("manager");
		Map<String, Object> body = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "talent"));
		body.put("description", "Chart the " + RARE + " of our warehouses.");
		ApiClient.Response created = manager.post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID packageId = UUID.fromString(created.json().path("id").asString());
		TourFixtures.packageStatus(this.port, manager, packageId, "OPEN");

		String user = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		UUID outsider = this.accounts.findByUsername(user).orElseThrow().personId();
		ApiClient.Response designated = as("lead").post("/api/v1/talents",
				TourFixtures.json(Map.of("personId", outsider.toString(), "reason", "LONG_TERM_POTENTIAL", "evidence",
						"Grows fast", "reviewOn", LocalDate.now().plusMonths(6).toString(), "performance", 2,
						"potential", 3)));
		assertThat(designated.status()).as(designated.body()).isEqualTo(201);
		Actor self = new Actor(AccountId.of(UUID.randomUUID()), user, PersonId.of(outsider), user, Set.of(Role.TALENT));
		this.talents.reviseProfile(self, outsider, new ProfileRevision(List.of("Curiosity"),
				"Become the voice of " + RARE + " in the company", null, List.of(), null, null, List.of(), 0));
		return new Fixture(packageId, outsider, user, this.directory.get(PersonId.of(outsider)).fullName());
	}

	private void close(Fixture f) {
		TourFixtures.closePackage(this.port, f.packageId());
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
