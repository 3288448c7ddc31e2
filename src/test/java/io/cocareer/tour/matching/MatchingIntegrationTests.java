package io.cocareer.tour.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

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
	void leadRanksCandidatesForSearchRelevanceBestFirstWithExplanations() {
		ApiClient.Response response = as("lead").get("/api/v1/work-packages/" + searchRelevance() + "/candidates");

		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items.size()).isPositive().isLessThanOrEqualTo(20);
		List<Double> scores = new ArrayList<>();
		items.forEach((item) -> scores.add(item.path("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		JsonNode best = items.get(0);
		assertThat(best.path("name").asString()).isNotBlank();
		assertThat(best.path("components").path("skillFit").asDouble()).isBetween(0.0, 1.0);
		assertThat(best.path("components").path("availability").asDouble()).isEqualTo(1.0);
		assertThat(best.path("weights").path("skill").asDouble()).isEqualTo(0.5);
		assertThat(best.path("explanation").toString()).contains("required levels", "Free for 100 % of the share");
	}

	@Test
	void eachExplanationLineComesAsCodeArgumentsAndText() {
		JsonNode best = as("lead").get("/api/v1/work-packages/" + searchRelevance() + "/candidates").json().get(0);

		JsonNode covers = best.path("explanation").get(0);
		assertThat(covers.path("code").asString()).isEqualTo("tour.match.reason.covers");
		int covered = covers.path("arguments").get(0).asInt();
		int required = covers.path("arguments").get(1).asInt();
		// Search relevance v2 requires Data analysis 4 and Machine learning 3
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
		JsonNode items = as("lead").get("/api/v1/work-packages/" + searchRelevance() + "/candidates?limit=3").json();

		assertThat(items.size()).isEqualTo(3);
	}

	@Test
	void aTalentCannotRankCandidates() {
		ApiClient.Response response = as("talent").get("/api/v1/work-packages/" + searchRelevance() + "/candidates");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.code()).isEqualTo("tour.denied.rankCandidates");
	}

	@Test
	void candidatesOfAnUnknownPackageAreNotFound() {
		ApiClient.Response response = as("lead").get("/api/v1/work-packages/" + UUID.randomUUID() + "/candidates");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void taraGetsHerOpenPackageMatches() {
		UUID tara = personOf("talent");

		ApiClient.Response response = as("talent").get("/api/v1/work-packages/matches?personId=" + tara);

		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items.size()).isPositive().isLessThanOrEqualTo(10);
		List<Double> scores = new ArrayList<>();
		items.forEach((item) -> scores.add(item.path("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// other tests open packages of their own in the shared database, and some outrank it: look further down
		assertThat(as("talent").get("/api/v1/work-packages/matches?personId=" + tara + "&limit=50").body())
			.contains("Search relevance v2");
		assertThat(items.get(0).path("explanation").size()).isPositive();
	}

	@Test
	void taraMaySeeHerMatchesThroughHerManagerAndTheLead() {
		UUID tara = personOf("talent");

		assertThat(as("manager").get("/api/v1/work-packages/matches?personId=" + tara).status()).isEqualTo(200);
		assertThat(as("lead").get("/api/v1/work-packages/matches?personId=" + tara).status()).isEqualTo(200);
	}

	@Test
	void anotherTalentCannotAskForTarasMatches() {
		UUID tara = personOf("talent");
		String other = newTalentAccount();

		ApiClient.Response response = ApiClient.as(this.port, other, PASSWORD)
			.get("/api/v1/work-packages/matches?personId=" + tara);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.code()).isEqualTo("tour.denied.matchesOfOthers");
	}

	@Test
	void matchesWithoutAPersonAreABadRequest() {
		ApiClient.Response response = as("lead").get("/api/v1/work-packages/matches?personId=nobody");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void theLeadSeesTheBestCandidatesOnThePackagePageAndATalentDoesNot() {
		String path = "/tours/packages/" + searchRelevance();

		WebSession.Page lead = WebSession.signIn(this.port, "lead").get(path);
		assertThat(lead.status()).isEqualTo(200);
		assertThat(lead.body()).contains("id=\"candidates\"", "Best candidates", "required levels",
				"Free for 100 % of the share the package needs");
		assertThat(lead.body()).doesNotContain("??tour.match");

		WebSession.Page talent = WebSession.signIn(this.port, "talent").get(path);
		assertThat(talent.status()).isEqualTo(200);
		assertThat(talent.body()).doesNotContain("id=\"candidates\"");
	}

	@Test
	void aTalentSeesSuggestedBadgesInTheCatalogueAndTheLeadDoesNot() {
		// other tests open packages in the shared database: look where Tara's best suggestion is listed
		JsonNode best = ApiClient.as(this.port, "talent", "demo")
			.get("/api/v1/work-packages/matches?personId=" + personOf("talent") + "&limit=1")
			.json()
			.get(0);
		assertThat(best.path("score").asDouble()).isGreaterThanOrEqualTo(0.3);
		String filtered = "/tours/packages?status=OPEN&tourType=" + best.path("tourType").asString();
		WebSession.Page talent = WebSession.signIn(this.port, "talent").get(filtered);
		assertThat(talent.status()).isEqualTo(200);
		assertThat(talent.body()).contains(best.path("title").asString(), "suggested-badge", "Suggested for you");

		assertThat(WebSession.signIn(this.port, "lead").get(filtered).body()).doesNotContain("suggested-badge");
	}

	@Test
	void aWeakMatchIsNoSuggestion() {
		String catalogue = WebSession.signIn(this.port, "talent").get("/tours/packages").body();
		JsonNode matches = ApiClient.as(this.port, "talent", "demo")
			.get("/api/v1/work-packages/matches?personId=" + personOf("talent") + "&limit=50")
			.json();
		long strong = 0;
		long badgedOnThePage = 0;
		for (JsonNode match : matches) {
			if (match.path("score").asDouble() >= 0.3) {
				strong++;
				// the three best strong matches get a badge, where the page lists them
				if (strong <= 3 && catalogue.contains(match.path("packageId").asString())) {
					badgedOnThePage++;
				}
			}
		}

		// Tara has neither competency that "Search relevance v2" asks for: ranked, but not suggested
		assertThat(catalogue.split("suggested-badge", -1).length - 1).isEqualTo((int) badgedOnThePage);
		assertThat(strong).isLessThan(matches.size());
	}

	private static final String PASSWORD = "match-test-1";

	private String newTalentAccount() {
		String key = Long.toString(System.nanoTime(), 36);
		UnitView unit = this.people.units(PeopleTestActors.HR).get(0);
		UUID person = this.people.create(PeopleTestActors.HR, new SavePerson("MT" + key, "Match", "Talent " + key,
				"match." + key + "@test.cocareer.io", "Analyst", unit.id(), null, java.time.LocalDate.of(2024, 3, 1)));
		String username = "mt" + key;
		this.accounts.create(username, PASSWORD, person, this.directory.get(PersonId.of(person)).fullName(), Set.of(Role.TALENT));
		return username;
	}

	private UUID searchRelevance() {
		JsonNode items = as("lead").get("/api/v1/work-packages?status=OPEN&size=100").json().path("items");
		for (JsonNode item : items) {
			if ("Search relevance v2".equals(item.path("title").asString())) {
				return UUID.fromString(item.path("id").asString());
			}
		}
		throw new IllegalStateException("demo package Search relevance v2 is missing");
	}

	private UUID personOf(String username) {
		return TourFixtures.personOf(this.port, username);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
