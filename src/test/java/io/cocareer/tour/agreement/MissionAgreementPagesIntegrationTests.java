package io.cocareer.tour.agreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.AgreementFixtures;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.tour.AgreementFixtures.base;
import static io.cocareer.tour.AgreementFixtures.expect;
import static io.cocareer.tour.AgreementFixtures.mission;
import static org.assertj.core.api.Assertions.assertThat;

/** The mission and agreement pages over real HTTP, with the rules of the API. */
@IntegrationTest
class MissionAgreementPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theSecondOfTwoSessionsOnTheSameRevisionSeesWhatChangedAndKeepsItsText() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		WebSession manager = team.managerSession();
		WebSession talent = team.talentSession();
		WebSession.Page empty = manager.get("/tours/" + id + "/mission");
		assertThat(empty.body()).contains("saving it starts the conversation");
		assertThat(manager.post("/tours/" + id + "/mission", empty, missionForm("Ship onboarding", "0")).status())
			.isEqualTo(302);

		WebSession.Page managerOpened = manager.get("/tours/" + id + "/mission");
		WebSession.Page talentOpened = talent.get("/tours/" + id + "/mission");
		assertThat(talentOpened.body()).contains("name=\"baseRevision\" value=\"1\"");
		assertThat(talent.post("/tours/" + id + "/mission", talentOpened,
				missionForm("Ship self-service onboarding by June", "1")).status()).isEqualTo(302);

		WebSession.Page conflict = manager.post("/tours/" + id + "/mission", managerOpened,
				missionForm("Ship onboarding for every unit", "1"));

		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("id=\"mission-conflict\"")
			.contains(team.talent().name() + " saved revision 2 while you were editing")
			// what changed from the base, marked, and the other version in full
			.contains("<ins class=\"diff-ins")
			.contains("Ship self-service onboarding by June")
			// the writer's own text stays in the form, now based on the latest revision
			.contains(">Ship onboarding for every unit</textarea>")
			.contains("name=\"baseRevision\" value=\"2\"");
		assertThat(ApiClient.as(this.port, "lead", "demo").get(base(id) + "/mission").json().path("revisions"))
			.hasSize(2);

		assertThat(manager.post("/tours/" + id + "/mission", conflict,
				missionForm("Ship self-service onboarding for every unit by June", "2")).status()).isEqualTo(302);
		WebSession.Page diff = talent.get("/tours/" + id + "/mission?from=2&to=3");
		assertThat(diff.body()).contains("id=\"mission-diff\"").contains("for every unit");
		assertThat(diff.body()).contains("<ins class=\"diff-ins");
	}

	@Test
	void anEmptyMissionFieldIsMarkedNextToItAndTheRestIsKept() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		WebSession manager = team.managerSession();
		WebSession.Page page = manager.get("/tours/" + id + "/mission");
		Map<String, String> form = missionForm("Ship onboarding", "0");
		// the organisation's part is the manager's to write (the talent's may wait for the talent)
		form.put("companyGains", "");

		WebSession.Page refused = manager.post("/tours/" + id + "/mission", page, form);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("id=\"companyGains\"[^>]*is-invalid|is-invalid[^>]*id=\"companyGains\"");
		assertThat(refused.body()).contains(">Ship onboarding</textarea>");
	}

	@Test
	void theAgreementFormMarksAnEndBeforeTheStartAndASignedAgreementOffersAnAmendment() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship", 0))), 201);
		WebSession manager = team.managerSession();
		WebSession.Page page = manager.get("/tours/" + id + "/agreement");
		assertThat(page.body()).contains("id=\"agreement-form\"");
		JsonNode tour = team.managerApi().get(base(id)).json();
		Map<String, String> form = agreementForm(tour);
		form.put("endOn", tour.path("startOn").asString());

		WebSession.Page refused = manager.post("/tours/" + id + "/agreement", page, form);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("id=\"endOn\"[^>]*is-invalid|is-invalid[^>]*id=\"endOn\"")
			.contains("The end must come after the start")
			.contains(">The onboarding flow for engineering joiners</textarea>");

		UUID signed = TourFixtures.proposeTour(team);
		JsonNode signedTour = AgreementFixtures.signedByBoth(team, signed, 40);
		WebSession.Page signedPage = manager.get("/tours/" + signed + "/agreement");
		assertThat(signedPage.body()).doesNotContain("id=\"agreement-form\"").contains("id=\"amend\"");
		// signed before its start date: the tour waits, and says until when, wherever it is listed
		String startsOn = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
			.format(LocalDate.parse(signedTour.path("startOn").asString()));
		assertThat(signedPage.body()).contains("Signed, starting on " + startsOn);
		assertThat(manager.get("/tours/" + signed).body()).contains("Signed by both. The tour starts on " + startsOn);
		assertThat(manager.get("/tours?state=SIGNED").body()).contains(signedTour.path("title").asString())
			.contains("Signed, starting on " + startsOn)
			.contains("<option value=\"SIGNED\" selected=\"selected\">Signed</option>");
		WebSession lead = WebSession.signIn(this.port, "lead");
		assertThat(lead.get("/tours/overview").body()).contains("id=\"state-SIGNED\"");
		WebSession.Page attempt = manager.post("/tours/" + signed + "/agreement", signedPage,
				agreementForm(signedTour));
		assertThat(attempt.status()).isEqualTo(200);
		assertThat(attempt.body()).contains("is signed by both and frozen. To change it, propose an amendment")
			.contains("id=\"amend\"");
	}

	@Test
	void theTalentSignsOnlyWithTheRightOfFirstConversationTicked() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, id, 40);
		WebSession talent = team.talentSession();
		WebSession.Page page = talent.get("/tours/" + id + "/agreement");
		assertThat(page.body()).contains("id=\"rofcAcknowledged\"").doesNotContain("id=\"agreement-form\"");

		WebSession.Page refused = talent.post("/tours/" + id + "/agreement/sign", page, Map.of());
		assertThat(refused.status()).isEqualTo(302);
		WebSession.Page shown = talent.get("/tours/" + id + "/agreement");
		assertThat(shown.body()).contains("Tick the Right of First Conversation to sign").contains("is-invalid");

		assertThat(talent.post("/tours/" + id + "/agreement/sign", shown, Map.of("rofcAcknowledged", "true")).status())
			.isEqualTo(302);
		assertThat(talent.get("/tours/" + id + "/agreement").body()).contains("Acknowledged by " + team.talent().name() + " on");
	}

	@Test
	void nobodyOutsideTheTourReachesItsMissionAgreementOrPdf() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, id, 40);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);

		for (WebSession other : new WebSession[] { WebSession.signIn(this.port, outsider, TourTestPeople.PASSWORD),
				WebSession.signIn(this.port, "manager"), WebSession.signIn(this.port, "talent") }) {
			assertThat(other.get("/tours/" + id + "/mission").status()).isEqualTo(404);
			assertThat(other.get("/tours/" + id + "/agreement").status()).isEqualTo(404);
			assertThat(other.get("/tours/" + id + "/agreement.pdf?version=1").status()).isEqualTo(404);
			WebSession.Page posted = other.post("/tours/" + id + "/agreement/sign", other.get("/tours"),
					Map.of("rofcAcknowledged", "true"));
			assertThat(posted.status()).isEqualTo(404);
		}
		// the administrator does not reach the tour pages at all
		WebSession admin = WebSession.signIn(this.port, "admin");
		assertThat(admin.get("/tours/" + id + "/mission").status()).isIn(403, 404);
		assertThat(admin.get("/tours/" + id + "/agreement.pdf?version=1").status()).isIn(403, 404);
		WebSession talent = team.talentSession();
		assertThat(talent.get("/tours/" + id + "/agreement").body()).contains("We do not offer lifetime employment");
		WebSession.Page pdf = talent.get("/tours/" + id + "/agreement.pdf?version=1");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF-");
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private static Map<String, String> missionForm(String objective, String base) {
		Map<String, String> form = new HashMap<>();
		mission(objective, 0).forEach((key, value) -> form.put(key, String.valueOf(value)));
		form.put("baseRevision", base);
		return form;
	}

	private static Map<String, String> agreementForm(JsonNode tour) {
		Map<String, String> form = new HashMap<>();
		AgreementFixtures.agreement(tour, 40).forEach((key, value) -> form.put(key, String.valueOf(value)));
		return form;
	}

}
