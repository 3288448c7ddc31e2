package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking candidates scores the whole talent pool, but must not issue a statement per talent (or
 * per thousand talents): the count for the candidates API and for the package page stays the same
 * when the pool grows by 30 talents, and for a limit of 100 as for a limit of 3.
 */
@IntegrationTest
class MatchingStatementCountIntegrationTests {

	private static final int BOUND = 15;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	PeopleService people;

	@Test
	void rankingNeedsTheSameFewStatementsWhenThePoolGrows() throws Exception {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		WebSession browser = WebSession.signIn(this.port, "lead");
		String api = "/api/v1/work-packages/" + searchRelevance(lead) + "/candidates?limit=20";
		String page = "/tours/packages/" + searchRelevance(lead);

		long apiBefore = this.statements.ofOneCall(() -> assertThat(lead.get(api).status()).isEqualTo(200));
		long pageBefore = this.statements
			.ofOneCall(() -> assertThat(browser.get(page).body()).contains("id=\"candidates\""));
		for (int i = 0; i < 30; i++) {
			designateNewTalent(lead);
		}
		long apiAfter = this.statements.ofOneCall(() -> assertThat(lead.get(api).status()).isEqualTo(200));
		long pageAfter = this.statements
			.ofOneCall(() -> assertThat(browser.get(page).body()).contains("id=\"candidates\""));

		assertThat(apiAfter).as("candidates API statements %s", this.statements.statements()).isEqualTo(apiBefore);
		assertThat(apiAfter).as("candidates API statements %s", this.statements.statements())
			.isLessThanOrEqualTo(BOUND);
		assertThat(pageAfter).as("package page statements %s", this.statements.statements()).isEqualTo(pageBefore);
	}

	@Test
	void aLongListNeedsAsFewStatementsAsAShortOne() throws Exception {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		String candidates = "/api/v1/work-packages/" + searchRelevance(lead) + "/candidates?limit=";

		long few = this.statements.ofOneCall(() -> assertThat(lead.get(candidates + 3).json().size()).isEqualTo(3));
		long many = this.statements
			.ofOneCall(() -> assertThat(lead.get(candidates + 100).json().size()).isGreaterThan(20));

		assertThat(many).as("candidates API statements %s", this.statements.statements()).isEqualTo(few);
	}

	private void designateNewTalent(ApiClient lead) {
		String key = Long.toString(System.nanoTime(), 36);
		UUID person = this.people.create(PeopleTestActors.HR, new SavePerson("MC" + key, "Pool", "Member " + key,
				"pool." + key + "@test.cocareer.io", "Analyst", this.people.units(PeopleTestActors.HR).get(0).id(), null,
				LocalDate.of(2023, 5, 1)));
		ApiClient.Response response = lead.post("/api/v1/talents", TourFixtures.json(Map.of("personId", person.toString(),
				"reason", "LONG_TERM_POTENTIAL", "evidence", "Grows fast", "reviewOn",
				LocalDate.now().plusMonths(6).toString(), "performance", 2, "potential", 3)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static UUID searchRelevance(ApiClient lead) {
		JsonNode items = lead.get("/api/v1/work-packages?status=OPEN&q=Search+relevance+v2").json().path("items");
		for (JsonNode item : items) {
			if ("Search relevance v2".equals(item.path("title").asString())) {
				return UUID.fromString(item.path("id").asString());
			}
		}
		throw new IllegalStateException("demo package Search relevance v2 is missing");
	}

}
