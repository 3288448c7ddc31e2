package io.cocareer.tour.lifecycle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Whom the proposal form offers: the talent lead finds anyone by name with the person picker (the
 * list it had asked for the second page of the pool and offered nobody); a manager chooses among
 * their reports.
 */
@IntegrationTest
class ProposalPickerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadFindsATalentByNameSeesTheirProfileAndProposesATour() {
		TourTeam team = team();
		writeProfile(team);
		WebSession lead = WebSession.signIn(this.port, "lead");
		String talent = team.talent().employeeId();

		WebSession.Page form = lead.get("/tours/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"talentEmployeeId\"", "role=\"combobox\"", "id=\"talent-picker\"");

		// part of the name, as typed
		String name = team.talent().name();
		String typed = name.substring(0, name.length() - 1).toLowerCase(Locale.ROOT);
		WebSession.Page found = lead.get("/people/picker?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
				+ "&for=talentEmployeeId");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("data-employee-id=\"" + talent + "\"", name);

		WebSession.Page panel = lead.get("/tours/new/talent?talentEmployeeId=" + talent);
		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).contains("Lead a cross-team initiative");

		Map<String, String> fields = plan("Picked by name");
		fields.put("talentEmployeeId", talent);
		WebSession.Page proposed = lead.post("/tours/new", form, fields);

		assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
		assertThat(proposed.location()).contains("/tours/");
		WebSession.Page tour = lead.get(proposed.location().substring(proposed.location().indexOf("/tours/")));
		assertThat(tour.body()).contains("Picked by name", name);
	}

	@Test
	void theLeadArrivingForATalentFindsThemChosen() {
		TourTeam team = team();
		writeProfile(team);

		WebSession.Page form = WebSession.signIn(this.port, "lead").get("/tours/new?talentId=" + team.talent().personId());

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"" + team.talent().employeeId() + "\"",
				"Chosen: " + team.talent().name(), "Lead a cross-team initiative");
	}

	@Test
	void nobodyFoundOrNobodyChosenIsSaidNextToThePickerAndNothingIsStored() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/tours/new");

		Map<String, String> unknown = plan("Proposed for nobody");
		unknown.put("talentEmployeeId", "Nobody Atall");
		WebSession.Page refused = lead.post("/tours/new", form, unknown);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid", "Nobody is known as “Nobody Atall”");

		Map<String, String> empty = plan("Proposed for nobody");
		empty.put("talentEmployeeId", "");
		empty.put("timeShare", "500");
		WebSession.Page both = lead.post("/tours/new", form, empty);
		assertThat(both.status()).isEqualTo(200);
		assertThat(both.body()).contains("Choose a person: type part of their name",
				"Between 5 and 100 percent of a week.");

		assertThat(lead.get("/tours").body()).doesNotContain("Proposed for nobody");
	}

	@Test
	void aManagerChoosesAmongTheirReports() {
		TourTeam team = team();

		WebSession.Page form = team.managerSession().get("/tours/new");

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<select", "id=\"talentId\"", team.talent().name())
			.doesNotContain("name=\"talentEmployeeId\"");
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** The team's talent writes a profile of their own, whose aspiration the profile panel shows. */
	private static void writeProfile(TourTeam team) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("values", List.of("Autonomy", "Learning"));
		profile.put("shortTermAspiration", "Lead a cross-team initiative within the next year.");
		profile.put("longTermAspiration", "Grow into an architect role with influence beyond my unit.");
		profile.put("desiredRoles", List.of("Architect"));
		profile.put("competencies", List.of());
		profile.put("version", 0);
		ApiClient.Response written = team.talentApi()
			.put("/api/v1/talents/" + team.talent().personId() + "/profile", TourFixtures.json(profile));
		assertThat(written.status()).as(written.body()).isEqualTo(200);
	}

	private static Map<String, String> plan(String title) {
		var start = TourFixtures.futureStart();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("tourType", "ROTATIONAL");
		fields.put("startOn", start.toString());
		fields.put("endOn", start.plusMonths(4).toString());
		fields.put("timeShare", "20");
		fields.put("checkInCadenceDays", "14");
		fields.put("version", "0");
		return fields;
	}

}
