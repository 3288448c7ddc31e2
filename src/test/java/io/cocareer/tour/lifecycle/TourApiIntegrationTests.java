package io.cocareer.tour.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TourApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theManagerProposesATourFromAnOpenPackage() {
		TourTeam team = team();
		UUID packageId = TourFixtures.openPackage(team);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", team.talent().personId().toString());
		body.put("workPackageId", packageId.toString());

		ApiClient.Response created = team.managerApi().post("/api/v1/tours", TourFixtures.json(body));

		assertThat(created.status()).isEqualTo(201);
		JsonNode tour = created.json();
		assertThat(tour.path("state").asString()).isEqualTo("DRAFT");
		assertThat(tour.path("talent").path("name").asString()).isEqualTo(team.talent().name());
		assertThat(tour.path("manager").path("name").asString()).isEqualTo(team.manager().name());
		JsonNode pkg = team.managerApi().get("/api/v1/work-packages/" + packageId).json();
		// dates, share, type and title come from the package when not given
		assertThat(tour.path("title").asString()).isEqualTo(pkg.path("title").asString());
		assertThat(tour.path("startOn").asString()).isEqualTo(pkg.path("startOn").asString());
		assertThat(tour.path("timeShare").asInt()).isEqualTo(40);
		assertThat(tour.path("tourType").asString()).isEqualTo("TRANSFORMATIONAL");
		assertThat(tour.path("viewer").asString()).isEqualTo("MANAGER");
		assertThat(tour.path("history").get(0).path("to").asString()).isEqualTo("DRAFT");
		assertThat(created.location()).isEqualTo("/api/v1/tours/" + tour.path("id").asString());
	}

	@Test
	void theTalentTheManagerAndTheLeadSeeTheTourAndNobodyElse() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);

		assertThat(team.talentApi().get("/api/v1/tours/" + id).json().path("viewer").asString()).isEqualTo("TALENT");
		assertThat(as("lead").get("/api/v1/tours/" + id).json().path("viewer").asString()).isEqualTo("TALENT_LEAD");
		assertThat(team.managerApi().get("/api/v1/tours/" + id).status()).isEqualTo(200);
		// alumni do not reach the staff API at all
		assertThat(as("alumnus").get("/api/v1/tours/" + id).status()).isEqualTo(403);
		for (ApiClient other : new ApiClient[] { as("admin"), as("manager"), as("talent"),
				ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD) }) {
			ApiClient.Response hidden = other.get("/api/v1/tours/" + id);
			assertThat(hidden.status()).isEqualTo(404);
			assertThat(hidden.code()).isEqualTo("tour.notFound");
			assertThat(other.get("/api/v1/tours").body()).doesNotContain(id.toString());
			assertThat(other.post("/api/v1/tours/" + id + "/state",
					TourFixtures.json(Map.of("state", "IN_CONVERSATION", "version", 0)))
				.status()).isEqualTo(404);
		}
		assertThat(team.talentApi().get("/api/v1/tours").body()).contains(id.toString());
		assertThat(as("lead").get("/api/v1/tours?state=DRAFT").body()).contains(id.toString());
	}

	@Test
	void onlyTheLeadAndTheTalentsManagerPropose() {
		TourTeam team = team();
		String otherManager = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		UUID packageId = TourFixtures.openPackage(team);
		Map<String, Object> body = Map.of("talentId", team.talent().personId().toString(),
				"workPackageId", packageId.toString());

		ApiClient.Response refused = ApiClient.as(this.port, otherManager, TourTestPeople.PASSWORD)
			.post("/api/v1/tours", TourFixtures.json(body));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("tour.denied.propose");
		assertThat(team.talentApi().post("/api/v1/tours", TourFixtures.json(body)).status()).isEqualTo(403);
		assertThat(as("lead").post("/api/v1/tours", TourFixtures.json(body)).status()).isEqualTo(201);
	}

	@Test
	void anEndBeforeTheStartIsRefusedOnItsField() {
		TourTeam team = team();
		LocalDate start = TourFixtures.futureStart();
		Map<String, Object> body = Map.of("talentId", team.talent().personId().toString(),
				"title", "Backwards", "tourType", "ROTATIONAL", "startOn", start.toString(), "endOn",
				start.minusDays(1).toString(), "timeShare", 20);

		ApiClient.Response refused = team.managerApi().post("/api/v1/tours", TourFixtures.json(body));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.field.endBeforeStart");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("endOn");
	}

	@Test
	void movesByHandFollowTheLifecycle() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);

		ApiClient.Response notByHand = team.managerApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "ACTIVE", "version", version(id))));
		assertThat(notByHand.status()).isEqualTo(409);
		assertThat(notByHand.code()).isEqualTo("tour.moveNotByHand");

		ApiClient.Response tooEarly = team.managerApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "IN_CLOSING_REVIEW", "version", version(id))));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.code()).isEqualTo("tour.illegalTransition");
		assertThat(tooEarly.json().path("detail").asString()).isEqualTo("A tour that is draft cannot become in closing review.");

		ApiClient.Response started = team.talentApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "IN_CONVERSATION", "version", version(id))));
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.json().path("state").asString()).isEqualTo("IN_CONVERSATION");

		ApiClient.Response noReason = team.managerApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "ENDED_EARLY", "version", version(id))));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

		ApiClient.Response ended = team.managerApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "ENDED_EARLY", "reason", "The package was cancelled", "version", version(id))));
		assertThat(ended.json().path("state").asString()).isEqualTo("ENDED_EARLY");
		assertThat(ended.json().path("endedReason").asString()).isEqualTo("The package was cancelled");
		assertThat(ended.json().path("history")).hasSize(3);
		assertThat(ended.json().path("moves")).isEmpty();
	}

	@Test
	void aStaleVersionIsRefused() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);

		ApiClient.Response stale = team.managerApi().post("/api/v1/tours/" + id + "/state",
				TourFixtures.json(Map.of("state", "IN_CONVERSATION", "version", 99)));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(team.managerApi().get("/api/v1/tours/" + id).json().path("state").asString()).isEqualTo("DRAFT");
	}

	@Test
	void thePlanChangesWhileShapedOnly() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		JsonNode tour = team.managerApi().get("/api/v1/tours/" + id).json();
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", "Renamed tour");
		plan.put("startOn", tour.path("startOn").asString());
		plan.put("endOn", tour.path("endOn").asString());
		plan.put("timeShare", 30);
		plan.put("checkInCadenceDays", 21);
		plan.put("version", tour.path("version").asLong());

		ApiClient.Response changed = team.managerApi().put("/api/v1/tours/" + id + "/plan", TourFixtures.json(plan));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("title").asString()).isEqualTo("Renamed tour");
		assertThat(changed.json().path("checkInCadenceDays").asInt()).isEqualTo(21);

		plan.put("version", changed.json().path("version").asLong());
		ApiClient.Response byTalent = team.talentApi().put("/api/v1/tours/" + id + "/plan", TourFixtures.json(plan));
		assertThat(byTalent.status()).isEqualTo(409);
		assertThat(byTalent.code()).isEqualTo("tour.planFixed");
	}

	@Test
	void theOverviewCountsToursByStateForTheTalentLeadOnly() {
		long draftsBefore = as("lead").get("/api/v1/tours/overview").json().path("byState").path("DRAFT").asLong();
		TourFixtures.proposeTour(team());

		JsonNode overview = as("lead").get("/api/v1/tours/overview").json();

		assertThat(overview.path("byState").path("DRAFT").asLong()).isEqualTo(draftsBefore + 1);
		assertThat(overview.path("total").asLong()).isGreaterThanOrEqualTo(overview.path("byState").path("DRAFT").asLong());
		ApiClient.Response refused = as("manager").get("/api/v1/tours/overview");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("tour.denied.overview");
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	/** The version a write names (a move without it is refused). */
	private long version(UUID id) {
		return as("lead").get("/api/v1/tours/" + id).json().path("version").asLong();
	}

}
