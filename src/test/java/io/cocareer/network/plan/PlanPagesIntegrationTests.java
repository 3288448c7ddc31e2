package io.cocareer.network.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.network.plan.PlanPeople.activity;
import static io.cocareer.network.plan.PlanPeople.addActivity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's pages: the talent's plan with its fund bar and open gaps, forms that show every
 * error at once next to its field, the people met going onto the map from the done form (or, for
 * one already on it, an error next to their row and nothing stored), the card on the network
 * page, and the talent lead's funds page and home card.
 */
@IntegrationTest
class PlanPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private PlanPeople.Member talent() {
		return new PlanPeople(this.port, this.people, this.accounts).hire(null, Role.TALENT);
	}

	private static LocalDate soon() {
		LocalDate date = LocalDate.now().plusDays(10);
		return (date.getYear() == LocalDate.now().getYear()) ? date : LocalDate.now();
	}

	private static Map<String, String> form(String kind, String title, String startsOn, String cost) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", kind);
		fields.put("title", title);
		fields.put("startsOn", startsOn);
		fields.put("endsOn", "");
		fields.put("estimatedCost", cost);
		fields.put("version", "0");
		return fields;
	}

	@Test
	void anEmptyPlanShowsTheWholeFundAndTheGapsWithoutAnActivity() {
		PlanPeople.Member talent = talent();
		talent.addGap("A sponsor in product management");

		WebSession.Page page = talent.session().get("/network/plan");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>My development plan</h1>", "Spent €0, planned €0, left €1,500 of €1,500",
				"A sponsor in product management", "Plan an activity for this", "Nothing planned yet")
			.doesNotContain("??");
		WebSession.Page network = talent.session().get("/network");
		assertThat(network.body()).contains("id=\"my-plan-card\"", "Nothing planned, none done.",
				"1 gap has no activity yet.", "href=\"/network/plan\"");
	}

	@Test
	void theActivityFormShowsEveryErrorAtOnceAndTheFundsRefusalNextToTheCost() {
		PlanPeople.Member talent = talent();
		WebSession session = talent.session();
		WebSession.Page blank = session.get("/network/plan/activities/new");
		assertThat(blank.status()).isEqualTo(200);

		WebSession.Page invalid = session.post("/network/plan/activities", blank, form("", "", "", "-3"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Name the activity.", "Give the date, or the first day.",
				"An amount cannot be negative.", "id=\"activity-kind-errors\"");

		WebSession.Page over = session.post("/network/plan/activities", blank,
				form("CONFERENCE", "Web Summit", soon().toString(), "1500.01"));
		assertThat(over.status()).isEqualTo(200);
		assertThat(over.body()).contains("id=\"activity-estimatedCost-errors\"",
				"This would take the fund €0.01 over; €1,500 left in " + soon().getYear() + ".");

		WebSession.Page added = session.post("/network/plan/activities", blank,
				form("CONFERENCE", "Web Summit", soon().toString(), "1500"));
		assertThat(added.status()).isEqualTo(302);
		assertThat(session.get("/network/plan").body()).contains("Web Summit",
				"Spent €0, planned €1,500, left €0 of €1,500", "Serves no gap yet");

		String id = talent.api().get("/api/v1/me/network/plan").json().path("activities").get(0).path("id").asString();
		WebSession.Page edit = session.get("/network/plan/activities/" + id + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("Change the activity", "value=\"Web Summit\"");
		Map<String, String> lower = form("COURSE", "Evening course", soon().toString(), "1200");
		WebSession.Page stale = session.post("/network/plan/activities/" + id + "/edit", edit,
				Map.of("kind", "COURSE", "title", "x", "startsOn", soon().toString(), "estimatedCost", "1", "version", "7"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this activity in the meantime");
		assertThat(session.post("/network/plan/activities/" + id + "/edit", edit, lower).status()).isEqualTo(302);
		assertThat(session.get("/network/plan").body()).contains("Evening course", "left €300 of €1,500");
		WebSession.Page plan = session.get("/network/plan");
		assertThat(session.post("/network/plan/activities/" + id + "/cancel", plan, Map.of()).status()).isEqualTo(302);
		WebSession.Page cancelled = session.get("/network/plan");
		assertThat(cancelled.body()).contains("left €1,500 of €1,500", "Nothing planned yet");
		assertThat(session.post("/network/plan/activities/" + id + "/cancel", cancelled, Map.of()).status()).isEqualTo(302);
		assertThat(session.get("/network/plan").body())
			.contains("Only a planned activity can be changed, cancelled or recorded as done.");
	}

	@Test
	void thePeopleMetGoOntoTheMapFromTheDoneFormOrNothingIsStored() {
		PlanPeople.Member talent = talent();
		LocalDate today = LocalDate.now();
		String id = addActivity(talent.api(), activity("Guild meetup", today, "40"));
		WebSession session = talent.session();
		assertThat(session.post("/network/developers", session.get("/network"), Map.of("employeeId", "", "name",
				"Noor El Amrani", "organisation", "Coolblue", "arena", "PROFESSIONAL_ASSOCIATION", "role", "PEER",
				"closeness", "3", "contactFrequency", "MONTHLY")).status()).isEqualTo(302);
		WebSession.Page form = session.get("/network/plan/activities/" + id + "/done");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Record as done: Guild meetup", "id=\"met-3-name\"");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("outcome", "Good talks");
		fields.put("actualCost", "35");
		fields.put("peopleMet[0].name", "Ann Alder");
		fields.put("peopleMet[0].organisation", "Acme");
		fields.put("peopleMet[0].arena", "PRIOR_EMPLOYER");
		fields.put("peopleMet[0].role", "MENTOR");
		fields.put("peopleMet[0].addToMap", "true");
		fields.put("peopleMet[2].name", "Noor El Amrani");
		fields.put("peopleMet[2].organisation", "Coolblue");
		fields.put("peopleMet[2].arena", "PROFESSIONAL_ASSOCIATION");
		fields.put("peopleMet[2].role", "PEER");
		fields.put("peopleMet[2].addToMap", "true");
		WebSession.Page refused = session.post("/network/plan/activities/" + id + "/done", form, fields);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"met-2-name-errors\"", "This developer is already on your map")
			.doesNotContain("id=\"met-0-name-errors\"");
		assertThat(talent.api().get("/api/v1/me/network").json().path("developers")).hasSize(1);
		assertThat(talent.api().get("/api/v1/me/network/plan/activities/" + id).json().path("status").asString())
			.isEqualTo("PLANNED");

		fields.put("peopleMet[2].addToMap", "false");
		fields.put("_peopleMet[2].addToMap", "on");
		WebSession.Page done = session.post("/network/plan/activities/" + id + "/done", form, fields);
		assertThat(done.status()).isEqualTo(302);
		WebSession.Page plan = session.get("/network/plan");
		assertThat(plan.body()).contains("1 person you met is on your map now.", "Good talks", "Ann Alder",
				"Cost €35 (estimated €40)", "Spent €35");
		assertThat(talent.api().get("/api/v1/me/network").body()).contains("Ann Alder");
	}

	@Test
	void theTalentLeadSetsABudgetOnTheFundsPageReachedFromTheirHome() {
		PlanPeople.Member talent = talent();
		addActivity(talent.api(), activity("Conference", soon(), "300"));
		WebSession lead = WebSession.signIn(this.port, "lead");
		assertThat(lead.get("/").body()).contains("id=\"network-funds-card\"", "href=\"/network/fund\"");

		WebSession.Page funds = lead.get("/network/fund");
		assertThat(funds.status()).isEqualTo(200);
		assertThat(funds.body()).contains("Networking funds", talent.name(), "The default budget is €1,500 a year.")
			.doesNotContain("Conference");

		WebSession.Page below = lead.post("/network/fund/" + talent.personId() + "?year=" + soon().getYear(), funds,
				Map.of("budget", "200"));
		assertThat(below.status()).isEqualTo(200);
		assertThat(below.body()).contains("id=\"budget-" + talent.personId() + "-errors\"",
				"€300 of this fund is already planned or spent: the budget cannot be less.");

		WebSession.Page set = lead.post("/network/fund/" + talent.personId() + "?year=" + soon().getYear(), funds,
				Map.of("budget", "2000"));
		assertThat(set.status()).isEqualTo(302);
		assertThat(lead.get(set.location().replaceFirst("^https?://[^/]+", "")).body()).contains("€2,000", "€1,700");
		assertThat(talent.session().get("/network/plan").body()).contains("left €1,700 of €2,000");

		WebSession.Page other = lead.post("/network/fund", funds, Map.of("employeeId", "NOBODY-1", "budget", "5"));
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.body()).contains("Nobody is known as “NOBODY-1”");
	}

}
