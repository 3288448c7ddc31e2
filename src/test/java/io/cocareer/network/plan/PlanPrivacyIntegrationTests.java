package io.cocareer.network.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.network.plan.PlanPeople.activity;
import static io.cocareer.network.plan.PlanPeople.addActivity;
import static io.cocareer.network.plan.PlanPeople.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan is its talent's alone: another talent, their manager and an administrator read none of
 * it; the talent lead reads only the fund's figures; an alumnus keeps their plan but their fund
 * stops; an erased person's plan and fund go.
 */
@IntegrationTest
class PlanPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private static LocalDate soon() {
		LocalDate date = LocalDate.now().plusDays(10);
		return (date.getYear() == LocalDate.now().getYear()) ? date : LocalDate.now();
	}

	@Test
	void nobodyButTheTalentReadsThePlanAndTheLeadSeesOnlyTheFundsFigures() {
		PlanPeople staff = new PlanPeople(this.port, this.people, this.accounts);
		PlanPeople.Member manager = staff.hire(null, Role.MANAGER);
		PlanPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		PlanPeople.Member otherTalent = staff.hire(null, Role.TALENT);
		String secret = "Secret summit " + UUID.randomUUID().toString().substring(0, 6);
		String gap = talent.addGap("Hidden gap " + secret);
		String id = addActivity(talent.api(), activity(secret, soon(), "250", gap));
		assertThat(talent.api().get("/api/v1/me/network/plan").body()).contains(secret);
		assertThat(talent.session().get("/network/plan").body()).contains(secret, "Hidden gap");

		// another talent has a plan of their own and reaches nothing of this one
		ApiClient other = otherTalent.api();
		assertThat(other.get("/api/v1/me/network/plan").body()).doesNotContain(secret);
		assertThat(other.get("/api/v1/me/network/plan/activities/" + id).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/me/network/plan/activities/" + id).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/me/network/plan/activities/" + id + "/done",
				json(Map.of("outcome", "x", "actualCost", 1))).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/network/funds").status()).isEqualTo(403);
		assertThat(otherTalent.session().get("/network/plan/activities/" + id + "/edit").status()).isEqualTo(404);
		assertThat(otherTalent.session().get("/network/fund").status()).isEqualTo(403);

		// the manager (no talent themselves) keeps no plan and reads no one's, nor the funds
		for (ApiClient nobody : List.of(manager.api(), ApiClient.as(this.port, "manager", "demo"))) {
			assertThat(nobody.get("/api/v1/me/network/plan").status()).isEqualTo(403);
			assertThat(nobody.get("/api/v1/me/network/plan").code()).isEqualTo("network.plan.denied.noPlan");
			assertThat(nobody.get("/api/v1/network/funds").code()).isEqualTo("network.plan.denied.funds");
			assertThat(nobody.get("/api/v1/network/funds/" + talent.personId()).status()).isEqualTo(403);
		}
		assertThat(manager.session().get("/network/plan").status()).isEqualTo(403);
		assertThat(manager.session().get("/network/fund").status()).isEqualTo(403);
		assertThat(manager.session().get("/network").body()).doesNotContain(secret, "my-plan-card");

		// an administrator reads nothing of anyone's plan or fund
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get("/api/v1/me/network/plan").status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/network/funds").status()).isEqualTo(403);
		assertThat(admin.put("/api/v1/network/funds/" + talent.personId(), "{\"budget\": 5}").status()).isEqualTo(403);
		WebSession adminSession = WebSession.signIn(this.port, "admin");
		assertThat(adminSession.get("/network/plan").status()).isEqualTo(403);
		assertThat(adminSession.get("/network/fund").status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/admin/audit?size=200").body()).doesNotContain(secret);

		// the talent lead: the figures of the fund, no title, gap or person
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		String funds = lead.get("/api/v1/network/funds").body();
		assertThat(funds).contains(talent.personId().toString()).doesNotContain(secret, "Hidden gap", gap, id);
		assertThat(lead.get("/api/v1/network/funds/" + talent.personId()).json().path("committed").decimalValue())
			.isEqualByComparingTo("250");
		assertThat(lead.get("/api/v1/me/network/plan").status()).as("the lead keeps no plan").isEqualTo(403);
		WebSession leadSession = WebSession.signIn(this.port, "lead");
		WebSession.Page fundPage = leadSession.get("/network/fund");
		assertThat(fundPage.status()).isEqualTo(200);
		assertThat(fundPage.body()).contains(talent.name(), "€250", "€1,250").doesNotContain(secret, "Hidden gap");
		assertThat(leadSession.get("/people/" + talent.personId()).body()).doesNotContain(secret);
		assertThat(lead.get("/api/v1/admin/audit?size=200").body()).doesNotContain(secret);
	}

	@Test
	void anAlumnusKeepsTheirPlanButTheirFundStops() {
		PlanPeople staff = new PlanPeople(this.port, this.people, this.accounts);
		// the alumni portal role waits on the account until the staff roles go
		PlanPeople.Member leaver = staff.hire(null, Role.TALENT, Role.ALUMNUS);
		String title = "Meetup " + UUID.randomUUID().toString().substring(0, 6);
		String id = addActivity(leaver.api(), activity(title, soon(), "100"));
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(LocalDate.now())).status()).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				this.jdbc.sql("select count(*) from network_plan_fund_stop where talent_id = ?").param(leaver.personId())
					.query(Long.class).single()).isEqualTo(1));
		ApiClient alumnus = leaver.api();
		ApiClient.Response plan = alumnus.get("/api/v1/me/network/plan");
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		assertThat(plan.body()).contains(title);
		assertThat(plan.json().path("fund").path("stopped").asBoolean()).isTrue();
		assertThat(alumnus.post("/api/v1/me/network/plan/activities", json(activity("More", soon(), "10"))).code())
			.isEqualTo("network.plan.fund.stopped");
		assertThat(alumnus.post("/api/v1/me/network/plan/activities", json(activity("Free", soon(), "0"))).status())
			.isEqualTo(201);
		assertThat(alumnus.delete("/api/v1/me/network/plan/activities/" + id).status()).isEqualTo(204);
	}

	/** An alumnus whose leaving no listener saw (loaded as an alumnus, or left before plans existed). */
	@Test
	void anAlumnusWithNoRecordedStopSeesTheirFundStoppedOnThePageTheCardAndTheApi() {
		PlanPeople.Member alumnus = new PlanPeople(this.port, this.people, this.accounts).hire(null, Role.ALUMNUS);

		ApiClient.Response plan = alumnus.api().get("/api/v1/me/network/plan");
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		assertThat(plan.json().path("fund").path("stopped").asBoolean()).isTrue();
		assertThat(alumnus.session().get("/network").body()).contains("Your fund stopped when you left");
	}

	@Test
	void anErasedPersonsPlanAndFundGo() {
		PlanPeople staff = new PlanPeople(this.port, this.people, this.accounts);
		PlanPeople.Member leaver = staff.hire(null, Role.TALENT);
		String gap = leaver.addGap("A mentor");
		addActivity(leaver.api(), activity("Conference", soon(), "100", gap));
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.put("/api/v1/network/funds/" + leaver.personId(), "{\"budget\": 900}").status()).isEqualTo(200);
		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(LocalDate.now())).status()).isEqualTo(200);

		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/erasure", "").status()).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (String table : List.of("network_plan_activity", "network_plan_fund", "network_plan_fund_stop")) {
				assertThat(this.jdbc.sql("select count(*) from " + table + " where talent_id = ?").param(leaver.personId())
					.query(Long.class).single()).as(table).isZero();
			}
		});
		assertThat(lead.get("/api/v1/network/funds").body()).doesNotContain(leaver.personId().toString());
	}

}
