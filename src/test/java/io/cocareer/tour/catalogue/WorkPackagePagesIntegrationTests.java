package io.cocareer.tour.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages over real HTTP: the same rules as the API, and forms that keep what was typed. */
@IntegrationTest
class WorkPackagePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aDraftIsANotFoundPageForATalentAndVisibleToTheLead() {
		UUID id = create(TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager")));

		assertThat(WebSession.signIn(this.port, "talent").get("/tours/packages/" + id).status()).isEqualTo(404);
		WebSession.Page seen = WebSession.signIn(this.port, "lead").get("/tours/packages/" + id);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body()).contains("only you and the talent lead see it");
	}

	@Test
	void aTalentMayNotCreatePackages() {
		WebSession talent = WebSession.signIn(this.port, "talent");

		assertThat(talent.get("/tours/packages/new").status()).isEqualTo(403);
		assertThat(talent.get("/tours/packages").body()).doesNotContain("id=\"new-package\"");
	}

	@Test
	void aManagerMayNotChangeAPackageTheyNeitherCreatedNorSponsor() {
		UUID id = create(TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead")));
		TourFixtures.packageStatus(this.port, ApiClient.as(this.port, "lead", "demo"), id, "OPEN");
		WebSession manager = WebSession.signIn(this.port, "manager");

		WebSession.Page page = manager.get("/tours/packages/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"edit-package\"").contains("id=\"express-interest\"");
		assertThat(manager.get("/tours/packages/" + id + "/edit").status()).isEqualTo(403);
		assertThat(manager.post("/tours/packages/" + id + "/status", page, Map.of("status", "CLOSED", "version", "0")).status())
			.isEqualTo(403);
	}

	@Test
	void anAlumnusCannotReachTheTours() {
		assertThat(WebSession.signIn(this.port, "alumnus").get("/tours/charter").status()).isEqualTo(403);
	}

	@Test
	void aFormWithErrorsShowsThemNextToTheFieldsAndKeepsTheInput() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/tours/packages/new");
		Map<String, String> fields = formFields(TourFixtures.employeeIdOf(this.port, "manager"));
		fields.put("seats", "0");
		fields.put("visibleJustification", "");

		WebSession.Page shown = lead.post("/tours/packages/new", form, fields);

		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("Between 1 and 50 seats.", "value=\"Mentoring circle\"",
				"Some fields need your attention");
	}

	@Test
	void aStaleEditIsToldSomeoneElseChangedThePackage() {
		Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "manager"));
		UUID id = create(request);
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/tours/packages/" + id + "/edit");
		request.put("version", 0);
		request.put("title", "Changed over the API meanwhile");
		ApiClient.as(this.port, "lead", "demo").put("/api/v1/work-packages/" + id, TourFixtures.json(request));

		Map<String, String> fields = formFields(TourFixtures.employeeIdOf(this.port, "manager"));
		fields.put("version", "0");
		WebSession.Page refused = lead.post("/tours/packages/" + id + "/edit", form, fields);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Someone else changed this in the meantime");
	}

	@Test
	void onlyTheLeadEditsTheCharterPage() {
		assertThat(WebSession.signIn(this.port, "manager").get("/tours/charter/edit").status()).isEqualTo(403);
		assertThat(WebSession.signIn(this.port, "talent").get("/tours/charter").body())
			.contains("lifetime employment")
			.doesNotContain("id=\"edit-charter\"");

		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/tours/charter/edit");
		assertThat(form.status()).isEqualTo(200);
		WebSession.Page empty = lead.post("/tours/charter/edit", form, Map.of("body", " ", "version", "1"));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("is-invalid");
	}

	private UUID create(Map<String, Object> request) {
		ApiClient.Response created = ApiClient.as(this.port, "lead", "demo")
			.post("/api/v1/work-packages", TourFixtures.json(request));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private Map<String, String> formFields(String sponsor) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Mentoring circle");
		fields.put("description", "Pair new managers with experienced ones.");
		fields.put("expectedResults", "Twelve pairs and a playbook.");
		fields.put("sponsorEmployeeId", sponsor);
		fields.put("unitId", TourFixtures.firstUnit(this.port).toString());
		fields.put("startOn", "2027-03-01");
		fields.put("endOn", "2027-09-01");
		fields.put("timeShare", "20");
		fields.put("seats", "2");
		fields.put("tourType", "ROTATIONAL");
		for (String quality : new String[] { "challenging", "interesting", "valuable", "visible" }) {
			fields.put(quality + "Rating", "4");
			fields.put(quality + "Justification", "Because it is");
		}
		fields.put("version", "0");
		return fields;
	}

}
