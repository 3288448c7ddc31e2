package io.cocareer.tour.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The tour pages over real HTTP: who sees a tour, the proposal form and its errors, the moves. */
@IntegrationTest
class TourPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theProposalFormStartsFromThePackageWithTheTalentsProfileBesideIt() {
		TourTeam team = team();
		writeProfile(team);
		UUID packageId = TourFixtures.openPackage(team);

		WebSession.Page form = team.managerSession()
			.get("/tours/new?packageId=" + packageId + "&talentId=" + team.talent().personId());

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"talent-profile-panel\"", "Lead a cross-team initiative",
				"value=\"40\"", "Self-service onboarding");
	}

	/** The list's heading and the overview link follow the tour's access policy (the page's may… flags), no role check in the template. */
	@Test
	void theToursListSaysWhoseToursItShowsAndOnlyTheLeadIsOfferedTheOverview() {
		String overviewLink = "href=\"/tours/overview\"";
		String lead = WebSession.signIn(this.port, "lead").get("/tours").body();
		assertThat(lead).contains("Every tour of duty in the organisation.", overviewLink)
			.doesNotContain("The tours of duty of the people you manage", "Your tours of duty:");
		String manager = WebSession.signIn(this.port, "manager").get("/tours").body();
		assertThat(manager).contains("The tours of duty of the people you manage, and your own.")
			.doesNotContain("Every tour of duty in the organisation.", "Your tours of duty:", overviewLink);
		WebSession talent = WebSession.signIn(this.port, "talent");
		assertThat(talent.get("/tours").body()).contains("Your tours of duty:")
			.doesNotContain("Every tour of duty in the organisation.", "The tours of duty of the people you manage",
					overviewLink);
		assertThat(talent.get("/tours/wins").body()).doesNotContain(overviewLink);
		assertThat(WebSession.signIn(this.port, "lead").get("/tours/wins").body()).contains(overviewLink);
	}

	@Test
	void anEndBeforeTheStartIsShownNextToTheFieldAndNothingIsStored() {
		TourTeam team = team();
		WebSession manager = team.managerSession();
		UUID talent = team.talent().personId();
		WebSession.Page form = manager.get("/tours/new?talentId=" + talent);
		LocalDate start = TourFixtures.futureStart();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("talentId", talent.toString());
		fields.put("title", "Backwards tour");
		fields.put("tourType", "ROTATIONAL");
		fields.put("startOn", start.toString());
		fields.put("endOn", start.minusDays(3).toString());
		fields.put("timeShare", "30");
		fields.put("checkInCadenceDays", "14");
		fields.put("version", "0");

		WebSession.Page refused = manager.post("/tours/new", form, fields);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid", "The end must come after the start.")
			.contains("value=\"Backwards tour\"");
		assertThat(manager.get("/tours").body()).doesNotContain("Backwards tour");

		fields.put("endOn", start.plusMonths(4).toString());
		WebSession.Page proposed = manager.post("/tours/new", form, fields);
		assertThat(proposed.status()).isEqualTo(302);
		assertThat(proposed.location()).contains("/tours/");
		assertThat(manager.get("/tours").body()).contains("Backwards tour");
	}

	@Test
	void anOutsiderGetsANotFoundPageAndTheTalentSeesTheirTour() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);

		for (WebSession other : new WebSession[] { WebSession.signIn(this.port, outsider, TourTestPeople.PASSWORD),
				WebSession.signIn(this.port, "manager"), WebSession.signIn(this.port, "talent") }) {
			assertThat(other.get("/tours/" + id).status()).isEqualTo(404);
		}
		assertThat(WebSession.signIn(this.port, "admin").get("/tours/" + id).status()).isIn(403, 404);
		WebSession.Page seen = team.talentSession().get("/tours/" + id);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body()).contains("id=\"talent-profile-panel\"", "id=\"start-conversation\"")
			.doesNotContain("id=\"edit-plan\"");
	}

	@Test
	void endingEarlyFromThePageKeepsTheReasonInTheHistory() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		WebSession manager = team.managerSession();
		WebSession.Page page = manager.get("/tours/" + id);

		String version = version(page.body());
		WebSession.Page noReason = manager.post("/tours/" + id + "/state", page,
				Map.of("state", "ENDED_EARLY", "version", version));
		assertThat(noReason.status()).isEqualTo(302);
		assertThat(manager.get("/tours/" + id).body()).contains("id=\"problem\"", "Required.");

		String reason = team.talent().name() + " moves to another unit";
		manager.post("/tours/" + id + "/state", page,
				Map.of("state", "ENDED_EARLY", "reason", reason, "version", version));
		WebSession.Page ended = manager.get("/tours/" + id);
		assertThat(ended.body()).contains("Ended early", reason)
			.doesNotContain("id=\"start-conversation\"");
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

	/** The tour's version as the page's move forms send it. */
	private static String version(String page) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(matcher.find()).as("a version field on the page").isTrue();
		return matcher.group(1);
	}

}
