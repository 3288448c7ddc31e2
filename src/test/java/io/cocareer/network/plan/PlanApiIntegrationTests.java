package io.cocareer.network.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.network.plan.PlanPeople.activity;
import static io.cocareer.network.plan.PlanPeople.addActivity;
import static io.cocareer.network.plan.PlanPeople.json;
import static io.cocareer.network.plan.PlanPeople.met;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A talent's development plan over the API: activities tied to their gaps within a fund of 1,500
 * a year (exactly the budget is allowed, a cent more is refused), the people met going onto the
 * map in one step or not at all, and problem+json for what a client can get wrong. Each test
 * hires its own talent.
 */
@IntegrationTest
class PlanApiIntegrationTests {

	private static final String PLAN = "/api/v1/me/network/plan";

	private static final String ACTIVITIES = PLAN + "/activities";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private PlanPeople staff() {
		return new PlanPeople(this.port, this.people, this.accounts);
	}

	private static LocalDate soon() {
		LocalDate date = LocalDate.now().plusDays(10);
		return (date.getYear() == LocalDate.now().getYear()) ? date : LocalDate.now();
	}

	private static LocalDate earlier() {
		LocalDate date = LocalDate.now().minusDays(3);
		return (date.getYear() == LocalDate.now().getYear()) ? date : LocalDate.now();
	}

	@Test
	void aTalentPlansActivitiesForTheirGapsAndTheFundCountsCommittedSpentAndLeft() {
		PlanPeople.Member talent = staff().hire(null, Role.TALENT);
		ApiClient api = talent.api();
		String sponsor = talent.addGap("A sponsor in product management");
		String peer = talent.addGap("An external peer in data science");

		JsonNode empty = api.get(PLAN).json();
		assertThat(empty.path("fund").path("budget").decimalValue()).isEqualByComparingTo("1500");
		assertThat(empty.path("fund").path("currency").asString()).isEqualTo("EUR");
		assertThat(empty.path("gapsWithoutActivity")).hasSize(2);

		String course = addActivity(api, activity("Product course", soon(), "600", sponsor));
		String meetup = addActivity(api, activity("Guild meetup", earlier(), "400.50", peer));
		ApiClient.Response done = api.post(ACTIVITIES + "/" + meetup + "/done",
				json(Map.of("outcome", "Met two data scientists", "actualCost", 400)));
		assertThat(done.status()).as(done.body()).isEqualTo(200);

		JsonNode plan = api.get(PLAN).json();
		JsonNode fund = plan.path("fund");
		assertThat(fund.path("committed").decimalValue()).isEqualByComparingTo("600");
		assertThat(fund.path("spent").decimalValue()).isEqualByComparingTo("400");
		assertThat(fund.path("left").decimalValue()).isEqualByComparingTo("500");
		assertThat(plan.path("gapsWithoutActivity")).isEmpty();
		JsonNode planned = api.get(ACTIVITIES + "/" + course).json();
		assertThat(planned.path("status").asString()).isEqualTo("PLANNED");
		assertThat(planned.path("gapIds").get(0).asString()).isEqualTo(sponsor);
		assertThat(planned.path("estimatedCost").decimalValue()).isEqualByComparingTo("600.00");
	}

	@Test
	void exactlyTheBudgetIsAllowedAndOneCentOverIsRefusedWithWhatIsLeft() {
		ApiClient api = staff().hire(null, Role.TALENT).api();
		addActivity(api, activity("Conference", soon(), "1000"));

		ApiClient.Response over = api.post(ACTIVITIES, json(activity("Course", soon(), "500.01")));
		assertThat(over.status()).isEqualTo(409);
		assertThat(over.isProblem()).isTrue();
		assertThat(over.code()).isEqualTo("network.plan.fund.exceeded");
		assertThat(over.json().path("detail").asString()).contains("€0.01 over", "€500 left");
		assertThat(api.get(PLAN).json().path("activities")).hasSize(1);

		addActivity(api, activity("Course", soon(), "500.00"));
		JsonNode fund = api.get(PLAN).json().path("fund");
		assertThat(fund.path("left").decimalValue()).isEqualByComparingTo("0");
		assertThat(api.post(ACTIVITIES, json(activity("Lunch", soon(), "0.01"))).code())
			.isEqualTo("network.plan.fund.exceeded");
		assertThat(api.post(ACTIVITIES, json(activity("Free meetup", soon(), "0"))).status()).isEqualTo(201);
	}

	@Test
	void changingAnActivityCountsOnlyItsNewCostAndNeedsTheVersionRead() {
		ApiClient api = staff().hire(null, Role.TALENT).api();
		String id = addActivity(api, activity("Conference", soon(), "1000"));
		long version = api.get(ACTIVITIES + "/" + id).json().path("version").asLong();

		ApiClient.Response raised = api.put(ACTIVITIES + "/" + id,
				json(Map.of("activity", activity("Conference", soon(), "1500"), "version", version)));
		assertThat(raised.status()).as(raised.body()).isEqualTo(200);
		assertThat(raised.json().path("estimatedCost").decimalValue()).isEqualByComparingTo("1500");

		ApiClient.Response stale = api.put(ACTIVITIES + "/" + id,
				json(Map.of("activity", activity("Conference", soon(), "10"), "version", version)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
		long current = raised.json().path("version").asLong();
		assertThat(api.put(ACTIVITIES + "/" + id,
				json(Map.of("activity", activity("Conference", soon(), "1500.01"), "version", current))).code())
			.isEqualTo("network.plan.fund.exceeded");

		assertThat(api.delete(ACTIVITIES + "/" + id).status()).isEqualTo(204);
		assertThat(api.get(ACTIVITIES + "/" + id).json().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(api.get(PLAN).json().path("fund").path("left").decimalValue()).isEqualByComparingTo("1500");
		assertThat(api.delete(ACTIVITIES + "/" + id).code()).isEqualTo("network.plan.activity.notPlanned");
	}

	@Test
	void thePeopleMetGoOntoTheMapInTheSameStep() {
		PlanPeople.Member talent = staff().hire(null, Role.TALENT);
		ApiClient api = talent.api();
		String id = addActivity(api, activity("Guild meetup", earlier(), "40"));

		ApiClient.Response done = api.post(ACTIVITIES + "/" + id + "/done", json(Map.of("outcome", "Good talks",
				"actualCost", 35, "peopleMet",
				List.of(met("Noor El Amrani", "Coolblue", true), met("Tom Bakker", "ING", false)))));

		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().path("addedDeveloperIds")).hasSize(1);
		String developer = done.json().path("addedDeveloperIds").get(0).asString();
		JsonNode onMap = api.get("/api/v1/me/network/developers/" + developer).json();
		assertThat(onMap.path("name").asString()).isEqualTo("Noor El Amrani");
		assertThat(onMap.path("organisation").asString()).isEqualTo("Coolblue");
		assertThat(onMap.path("arena").asString()).isEqualTo("PROFESSIONAL_ASSOCIATION");
		assertThat(onMap.path("internal").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/me/network").json().path("developers")).hasSize(1);
		JsonNode activity = api.get(ACTIVITIES + "/" + id).json();
		assertThat(activity.path("status").asString()).isEqualTo("DONE");
		assertThat(activity.path("actualCost").decimalValue()).isEqualByComparingTo("35");
		assertThat(activity.path("peopleMet")).hasSize(2);
		assertThat(activity.path("peopleMet").get(0).path("developerId").asString()).isEqualTo(developer);
		assertThat(activity.path("peopleMet").get(0).path("onMap").asBoolean()).isTrue();
		assertThat(activity.path("peopleMet").get(1).path("onMap").asBoolean()).isFalse();

		ApiClient.Response twice = api.post(ACTIVITIES + "/" + id + "/done",
				json(Map.of("outcome", "Again", "actualCost", 35)));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("network.plan.activity.alreadyDone");
	}

	@Test
	void onePersonMetAlreadyOnTheMapStoresNothingOfTheStep() {
		PlanPeople.Member talent = staff().hire(null, Role.TALENT);
		ApiClient api = talent.api();
		Map<String, Object> known = new LinkedHashMap<>(Map.of("name", "Noor El Amrani", "organisation", "Coolblue",
				"arena", "PROFESSIONAL_ASSOCIATION", "role", "PEER", "closeness", 3, "contactFrequency", "MONTHLY"));
		assertThat(api.post("/api/v1/me/network/developers", json(known)).status()).isEqualTo(201);
		String id = addActivity(api, activity("Guild meetup", earlier(), "40"));

		ApiClient.Response refused = api.post(ACTIVITIES + "/" + id + "/done", json(Map.of("outcome", "Good talks",
				"actualCost", 35, "peopleMet",
				List.of(met("Ann Alder", "Acme", true), met("noor el amrani", "coolblue", true)))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("network.developer.duplicate");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("peopleMet[1].name");
		assertThat(api.get("/api/v1/me/network").json().path("developers")).as("Ann was not added either").hasSize(1);
		JsonNode activity = api.get(ACTIVITIES + "/" + id).json();
		assertThat(activity.path("status").asString()).isEqualTo("PLANNED");
		assertThat(activity.path("peopleMet")).isEmpty();
		assertThat(api.get(PLAN).json().path("fund").path("spent").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void badInputIsAProblemWithAStableCodeAndNothingIsStored() {
		PlanPeople staff = staff();
		PlanPeople.Member talent = staff.hire(null, Role.TALENT);
		PlanPeople.Member other = staff.hire(null, Role.TALENT);
		String theirGap = other.addGap("Someone else's sponsor");
		ApiClient api = talent.api();

		assertThat(api.post(ACTIVITIES, json(activity("Course", soon(), "-1"))).code())
			.isEqualTo("network.plan.money.negative");
		assertThat(api.post(ACTIVITIES, json(activity("Course", soon(), "1.001"))).code())
			.isEqualTo("network.plan.money.cents");
		assertThat(api.post(ACTIVITIES, json(activity("Course", soon(), "10", UUID.randomUUID().toString()))).code())
			.isEqualTo("network.plan.activity.unknownGap");
		ApiClient.Response foreign = api.post(ACTIVITIES, json(activity("Course", soon(), "10", theirGap)));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.code()).isEqualTo("network.plan.activity.unknownGap");
		Map<String, Object> unknownKind = activity("Course", soon(), "10");
		unknownKind.put("kind", "HOLIDAY");
		ApiClient.Response kind = api.post(ACTIVITIES, json(unknownKind));
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.isProblem()).isTrue();
		Map<String, Object> backwards = activity("Course", soon(), "10");
		backwards.put("endsOn", soon().minusDays(1).toString());
		assertThat(api.post(ACTIVITIES, json(backwards)).code()).isEqualTo("network.plan.activity.endsBeforeStart");
		assertThat(api.post(ACTIVITIES, "{\"kind\": \"COURSE\"}").status()).isEqualTo(400);
		assertThat(api.get(PLAN).json().path("activities")).isEmpty();

		String future = addActivity(api, activity("Next month", LocalDate.now().plusDays(1), "10"));
		assertThat(api.post(ACTIVITIES + "/" + future + "/done", json(Map.of("outcome", "x", "actualCost", 5))).code())
			.isEqualTo("network.plan.done.notYet");
		String past = addActivity(api, activity("Yesterday", earlier(), "10"));
		assertThat(api.post(ACTIVITIES + "/" + past + "/done", json(Map.of("outcome", "x", "actualCost", -5))).code())
			.isEqualTo("network.plan.money.negative");
		assertThat(api.post(ACTIVITIES + "/" + past + "/done",
				json(Map.of("outcome", "x", "actualCost", 5, "peopleMet", List.of(Map.of("name", "Ann"))))).status())
			.isEqualTo(400);
		assertThat(api.get(ACTIVITIES + "/" + past).json().path("status").asString()).isEqualTo("PLANNED");
		assertThat(api.get(ACTIVITIES + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theTalentLeadSeesTheFundsInFiguresAndSetsBudgets() {
		PlanPeople.Member talent = staff().hire(null, Role.TALENT);
		String title = "Secret summit " + UUID.randomUUID().toString().substring(0, 6);
		addActivity(talent.api(), activity(title, soon(), "300"));
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");

		ApiClient.Response list = lead.get("/api/v1/network/funds");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(title);
		JsonNode row = null;
		for (JsonNode fund : list.json()) {
			if (fund.path("personId").asString().equals(talent.personId().toString())) {
				row = fund;
			}
		}
		assertThat(row).as("the talent's fund is listed").isNotNull();
		assertThat(row.path("committed").decimalValue()).isEqualByComparingTo("300");
		assertThat(row.path("left").decimalValue()).isEqualByComparingTo("1200");
		assertThat(row.path("budgetSet").asBoolean()).isFalse();

		ApiClient.Response set = lead.put("/api/v1/network/funds/" + talent.personId(), "{\"budget\": 2000}");
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().path("left").decimalValue()).isEqualByComparingTo("1700");
		assertThat(talent.api().get(PLAN).json().path("fund").path("budget").decimalValue()).isEqualByComparingTo("2000");
		ApiClient.Response below = lead.put("/api/v1/network/funds/" + talent.personId(), "{\"budget\": 299.99}");
		assertThat(below.status()).isEqualTo(409);
		assertThat(below.code()).isEqualTo("network.plan.fund.belowUsed");
		assertThat(lead.put("/api/v1/network/funds/" + talent.personId(), "{\"budget\": -5}").code())
			.isEqualTo("network.plan.money.negative");
		assertThat(lead.put("/api/v1/network/funds/" + UUID.randomUUID(), "{\"budget\": 5}").status()).isEqualTo(404);
		assertThat(lead.put("/api/v1/network/funds/" + talent.personId(), "{\"budget\": 5, \"year\": 1999}").code())
			.isEqualTo("network.plan.fund.yearOutOfRange");
		assertThat(this.jdbc.sql("select budget_cents from network_plan_fund where talent_id = ? and fund_year = ?")
			.param(talent.personId()).param(LocalDate.now().getYear()).query(Long.class).single()).isEqualTo(200_000);
	}

}
