package io.cocareer.toolbox.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of rotation planning as each role: the toolbox card, the plans, a new plan (with its
 * errors, all at once), a plan with its pairs and reasons, a forbid and its unplaced reason,
 * confirming; a manager's read-only view of their report; the talent and others kept out.
 */
@IntegrationTest
class RotationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadPlansOnThePagesAndTheManagerReadsTheirReportsLine() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		String title = "Rotation page " + Long.toString(System.nanoTime(), 36);
		UUID pkg = openPackage(team, title);
		WebSession lead = WebSession.signIn(this.port, "lead", "demo");

		WebSession.Page toolbox = lead.get("/toolbox");
		assertThat(toolbox.status()).isEqualTo(200);
		assertThat(toolbox.body()).contains("rotation-card", "/toolbox/rotation/new");
		assertThat(lead.get("/toolbox/rotation").status()).isEqualTo(200);

		WebSession.Page form = lead.get("/toolbox/rotation/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(title, "Open rotational packages", "1 of 1 seats open");
		WebSession.Page refused = lead.post("/toolbox/rotation", form, Map.of("name", ""));
		assertThat(refused.status()).as("the form comes back with every error").isEqualTo(200);
		assertThat(refused.body()).contains("Required.", "Choose at least one talent.", "Choose at least one package.");

		WebSession.Page created = lead.post("/toolbox/rotation", form, Map.of("name", "Pages rotation", "talentIds",
				team.talent().personId().toString(), "packageIds", pkg.toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page plan = lead.get(path);
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.body()).contains("Pages rotation", team.talent().name(), title, "Proposed pairs",
				"Confirm: propose the tours", "Free for");

		WebSession.Page forbidden = lead.post(path + "/rules", plan, Map.of("personId",
				team.talent().personId().toString(), "packageId", pkg.toString(), "kind", "FORBID", "version",
				version(plan.body())));
		assertThat(forbidden.status()).isEqualTo(302);
		WebSession.Page without = lead.get(path);
		assertThat(without.body()).contains("Without a seat", "No package of the plan is open to them", "Nobody is placed.");
		WebSession.Page cleared = lead.post(path + "/rules", without, Map.of("personId",
				team.talent().personId().toString(), "packageId", pkg.toString(), "kind", "", "version",
				version(without.body())));
		assertThat(cleared.status()).isEqualTo(302);

		// the manager reads their report's line, and may not plan
		WebSession manager = team.managerSession();
		assertThat(manager.get("/toolbox").body()).contains("rotation-card");
		WebSession.Page list = manager.get("/toolbox/rotation");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Pages rotation");
		WebSession.Page read = manager.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains(team.talent().name(), title).doesNotContain("Confirm: propose the tours");
		assertThat(manager.get("/toolbox/rotation/new").status()).isEqualTo(403);

		// a stale version is shown above the page, nothing changes
		WebSession.Page current = lead.get(path);
		WebSession.Page stale = lead.post(path + "/confirm", current, Map.of("version", "0"));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(lead.get(path).body()).contains("Someone changed this plan in the meantime");

		WebSession.Page again = lead.get(path);
		WebSession.Page confirmed = lead.post(path + "/confirm", again, Map.of("version", version(again.body())));
		assertThat(confirmed.status()).isEqualTo(302);
		WebSession.Page done = lead.get(path);
		assertThat(done.body()).contains("The plan is confirmed: its tours are proposed.", "Open the tour");

		// the talent and a manager without a report in it see nothing of it
		WebSession talent = team.talentSession();
		assertThat(talent.get("/toolbox/rotation").status()).isEqualTo(403);
		assertThat(talent.get(path).status()).isEqualTo(404);
		assertThat(talent.get("/toolbox").body()).doesNotContain("rotation-card");
		assertThat(WebSession.signIn(this.port, "manager", "demo").get(path).status()).isEqualTo(404);
	}

	private static String version(String body) {
		var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(body);
		assertThat(matcher.find()).as("the plan's version on the page").isTrue();
		return matcher.group(1);
	}

	private UUID openPackage(TourTeam team, String title) {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		Map<String, Object> body = TourFixtures.aPackage(this.port, team.manager().employeeId());
		body.put("title", title);
		body.put("tourType", "ROTATIONAL");
		body.put("timeShare", 20);
		body.put("seats", 1);
		body.put("startOn", LocalDate.now().plusMonths(2).toString());
		body.put("endOn", LocalDate.now().plusMonths(8).toString());
		body.put("competencies", List.of());
		ApiClient.Response created = lead.post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("id").asString());
		assertThat(TourFixtures.packageStatus(this.port, lead, id, "OPEN").status()).isEqualTo(200);
		return id;
	}

}
