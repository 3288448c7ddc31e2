package io.cocareer.talent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.PersonId;
import io.cocareer.support.WebSession;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The talent pages over real HTTP, signed in through the login form: who sees what. */
@IntegrationTest
class TalentPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	AccountService accounts;

	@Test
	void talentFindsOwnProfileUnderMyProfile() {
		WebSession tara = WebSession.signIn(this.port, "talent");

		WebSession.Page mine = tara.get("/talents/me");
		assertThat(mine.status()).isEqualTo(302);
		assertThat(mine.location()).endsWith("/talents/" + taraId());

		WebSession.Page profile = tara.get("/talents/" + taraId());
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains("Tara Nguyen", "Edit my profile", "Values, ranked");
	}

	@Test
	void aTalentOutsideThePoolIsOfferedToStartAProfile() {
		String username = TalentTestPeople.newTalentAccount(this.people, this.accounts, null);
		WebSession newcomer = WebSession.signIn(this.port, username, TalentTestPeople.PASSWORD);

		WebSession.Page mine = newcomer.get("/talents/me");

		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("not in the talent pool", "Start my profile");
		UUID self = TalentTestPeople.personOf(this.port, username, TalentTestPeople.PASSWORD);
		assertThat(newcomer.get("/talents/" + self + "/edit").status()).isEqualTo(200);
	}

	@Test
	void talentGetsNotFoundForAnotherTalentsProfile() {
		WebSession tara = WebSession.signIn(this.port, "talent");

		WebSession.Page other = tara.get("/talents/" + otherManagersTalent());

		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body()).contains("does not exist, or you may not see it");
		assertThat(tara.get("/talents/" + otherManagersTalent() + "/edit").status()).isEqualTo(404);
	}

	@Test
	void managerReadsOwnReportsProfileButGetsNotFoundForAnotherManagersReport() {
		WebSession marco = WebSession.signIn(this.port, "manager");

		WebSession.Page own = marco.get("/talents/" + taraId());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("Tara Nguyen", "Add note").doesNotContain("Edit my profile");

		assertThat(marco.get("/talents/" + otherManagersTalent()).status()).isEqualTo(404);
	}

	@Test
	void onlyTheLeadOpensThePoolAndTheNineBox() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page pool = lead.get("/talents?reason=LONG_TERM_POTENTIAL");
		assertThat(pool.status()).isEqualTo(200);
		assertThat(pool.body()).contains("Talent pool", "Long-term potential");
		assertThat(lead.get("/talents/nine-box").status()).isEqualTo(200);

		WebSession tara = WebSession.signIn(this.port, "talent");
		assertThat(tara.get("/talents").status()).isEqualTo(403);
		assertThat(tara.get("/talents/nine-box").status()).isEqualTo(403);
		assertThat(WebSession.signIn(this.port, "manager").get("/talents/competencies").status()).isEqualTo(403);
	}

	@Test
	void leadCannotEditATalentsProfile() {
		WebSession lead = WebSession.signIn(this.port, "lead");

		assertThat(lead.get("/talents/" + taraId() + "/edit").status()).isEqualTo(403);
	}

	@Test
	void designatingAnUnknownEmployeeShowsTheErrorAndKeepsTheInput() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/talents/designate");

		WebSession.Page result = lead.post("/talents/designate", form,
				Map.of("employeeId", "NOPE-42", "reason", "LONG_TERM_POTENTIAL", "evidence", "Ran the pilot in Lyon",
						"reviewOn", LocalDate.now().plusMonths(4).toString(), "performance", "2", "potential", "3"));

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("Nobody is known as “NOPE-42”", "Ran the pilot in Lyon", "is-invalid");
	}

	@Test
	void leadDesignatesAPersonThroughTheForm() {
		UUID person = TalentTestPeople.newPerson(this.people, null);
		String employeeId = this.directory.get(PersonId.of(person)).employeeId();
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/talents/designate");

		WebSession.Page result = lead.post("/talents/designate", form,
				Map.of("employeeId", employeeId, "reason", "IMMEDIATE_CONTRIBUTION", "evidence", "Saved the launch",
						"reviewOn", LocalDate.now().plusMonths(4).toString(), "performance", "3", "potential", "2"));

		assertThat(result.status()).isEqualTo(302);
		assertThat(result.location()).endsWith("/talents/" + person);
		assertThat(lead.get("/talents/" + person).body()).contains("Immediate contribution", "Saved the launch");
	}

	@Test
	void aStaleProfileSaveShowsAClearMessage() {
		WebSession tara = WebSession.signIn(this.port, "talent");
		WebSession.Page form = tara.get("/talents/" + taraId() + "/edit");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("values[0]", "Learning");
		fields.put("version", "987654");

		WebSession.Page result = tara.post("/talents/" + taraId() + "/edit", form, fields);

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("Someone else changed this in the meantime");
	}

	@Test
	void anAbsurdListIndexInAProfilePostIsNotAServerError() {
		WebSession tara = WebSession.signIn(this.port, "talent");
		WebSession.Page form = tara.get("/talents/" + taraId() + "/edit");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("values[99999]", "Greed");
		fields.put("competencies[5000].proficiency", "9");
		fields.put("version", "987654");

		WebSession.Page result = tara.post("/talents/" + taraId() + "/edit", form, fields);

		assertThat(result.status()).isEqualTo(400);
	}

	@Test
	void emptyNineBoxLabelsAreRejectedNextToTheField() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page form = lead.get("/talents/nine-box/labels");
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < 9; i++) {
			fields.put("labels[" + i + "]", (i == 4) ? "" : "Label " + i);
		}

		WebSession.Page result = lead.post("/talents/nine-box/labels", form, fields);

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("is-invalid", "Label 3");
		assertThat(lead.get("/talents/nine-box").body()).doesNotContain("Label 3");
	}

	private UUID taraId() {
		return TalentTestPeople.personOf(this.port, "talent");
	}

	private UUID otherManagersTalent() {
		UUID marco = TalentTestPeople.personOf(this.port, "manager");
		Set<UUID> marcosReports = new HashSet<>(this.directory.directReports(PersonId.of(marco)).stream().map(PersonSummary::id).toList());
		Set<UUID> seen = new HashSet<>();
		ApiClient.as(this.port, "lead", "demo")
			.get("/api/v1/talents?size=200")
			.json()
			.path("items")
			.forEach((item) -> seen.add(UUID.fromString(item.path("personId").asString())));
		return seen.stream()
			.filter((id) -> !marcosReports.contains(id) && !id.equals(marco))
			.sorted()
			.findFirst()
			.orElseThrow();
	}

}
