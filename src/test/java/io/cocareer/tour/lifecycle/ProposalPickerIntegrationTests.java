package io.cocareer.tour.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.PersonId;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTestPeople;

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
	PeopleDirectory directory;

	@Test
	void theLeadFindsATalentByNameSeesTheirProfileAndProposesATour() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		String tara = TourFixtures.employeeIdOf(this.port, "talent");

		WebSession.Page form = lead.get("/tours/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"talentEmployeeId\"", "role=\"combobox\"", "id=\"talent-picker\"");

		WebSession.Page found = lead.get("/people/picker?q=tara+nguy&for=talentEmployeeId");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("data-employee-id=\"" + tara + "\"", "Tara Nguyen");

		WebSession.Page panel = lead.get("/tours/new/talent?talentEmployeeId=" + tara);
		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).contains("Lead a cross-team initiative");

		UUID report = TourTestPeople.newPerson(this.people, TourFixtures.personOf(this.port, "manager"));
		String employeeId = this.directory.get(PersonId.of(report)).employeeId();
		Map<String, String> fields = plan("Picked by name");
		fields.put("talentEmployeeId", employeeId);
		WebSession.Page proposed = lead.post("/tours/new", form, fields);

		assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
		assertThat(proposed.location()).contains("/tours/");
		WebSession.Page tour = lead.get(proposed.location().substring(proposed.location().indexOf("/tours/")));
		assertThat(tour.body()).contains("Picked by name", this.directory.get(PersonId.of(report)).fullName());
	}

	@Test
	void theLeadArrivingForATalentFindsThemChosen() {
		UUID taraId = TourFixtures.personOf(this.port, "talent");

		WebSession.Page form = WebSession.signIn(this.port, "lead").get("/tours/new?talentId=" + taraId);

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"" + TourFixtures.employeeIdOf(this.port, "talent") + "\"",
				"Chosen: Tara Nguyen", "Lead a cross-team initiative");
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
		WebSession.Page form = WebSession.signIn(this.port, "manager").get("/tours/new");

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<select", "id=\"talentId\"", "Tara Nguyen")
			.doesNotContain("name=\"talentEmployeeId\"");
	}

	private static Map<String, String> plan(String title) {
		var start = TourFixtures.freshWindow();
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
