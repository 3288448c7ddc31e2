package io.cocareer.tour.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.AgreementFixtures;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.TrackingFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 14: the agreement starts from the mission and the work package; a mission
 * revision may leave the other side's part for them, and the page says who writes what; and a
 * closing review that chose a new tour offers to propose it (item 15).
 */
@IntegrationTest
class AgreementPrefillIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFirstDraftStartsFromTheMissionAndTheWorkPackage() {
		TourTeam team = team();
		UUID tourId = TrackingFixtures.tourFor(team);
		expect(team.managerApi().post(base(tourId) + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Build the self-service onboarding flow", 0))), 201);
		JsonNode tour = team.managerApi().get(base(tourId)).json();

		Document page = Jsoup.parse(team.managerSession().get("/tours/" + tourId + "/agreement").body());

		assertThat(page.select("#agreement-form textarea#scope").text()).isEqualTo("Build the self-service onboarding flow");
		assertThat(page.select("#agreement-form textarea#deliverables").text())
			.isEqualTo("New joiners onboard themselves in a day.");
		assertThat(page.select("#agreement-form textarea#learningGoals").text())
			.isEqualTo("Leading a cross-team delivery, visible to the leadership team.");
		assertThat(page.select("#agreement-form input#startOn").val()).isEqualTo(tour.path("startOn").asString());
		assertThat(page.select("#agreement-form input#endOn").val()).isEqualTo(tour.path("endOn").asString());
		assertThat(page.select("#agreement-form input#timeShare").val()).isEqualTo("40");
		// the same proposal over the API
		JsonNode proposal = team.managerApi().get(base(tourId) + "/agreement").json().path("proposal");
		assertThat(proposal.path("scope").asString()).isEqualTo("Build the self-service onboarding flow");
		assertThat(proposal.path("deliverables").asString()).isEqualTo("New joiners onboard themselves in a day.");
	}

	@Test
	void withoutAPackageTheDeliverablesStartFromTheMissionsSuccessMeasures() {
		TourTeam team = team();
		UUID tourId = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(tourId) + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet", 0))), 201);

		JsonNode proposal = team.managerApi().get(base(tourId) + "/agreement").json().path("proposal");

		assertThat(proposal.path("scope").asString()).isEqualTo("Replace the onboarding spreadsheet");
		assertThat(proposal.path("deliverables").asString())
			.isEqualTo("New joiners onboard themselves in a day; satisfaction above 4 of 5.");
	}

	@Test
	void theManagerLeavesTheTalentsPartForThemAndThePageSaysWhoWritesWhat() {
		TourTeam team = team();
		UUID tourId = TourFixtures.proposeTour(team);
		WebSession manager = team.managerSession();
		WebSession.Page form = manager.get("/tours/" + tourId + "/mission");

		WebSession.Page saved = manager.post("/tours/" + tourId + "/mission", form,
				Map.of("objective", "Replace the onboarding spreadsheet", "companyGains", "Two days saved per joiner",
						"talentGains", "", "successMeasures", "", "baseRevision", "0"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		Document asTalent = Jsoup.parse(team.talentSession().get("/tours/" + tourId + "/mission").body());
		assertThat(asTalent.select("#mission-open li[data-field=talentGains]").text())
			.contains("What the talent gains for their career brand", "for " + team.talent().name() + " to write", "your part");
		assertThat(asTalent.select("#mission-open li[data-field=successMeasures]").text())
			.contains("for either of you to write");
		assertThat(asTalent.select("#mission-open li[data-field=companyGains]")).isEmpty();
		// the talent's own part is required of the talent, the organisation's is not
		assertThat(asTalent.select("#mission-form textarea#talentGains").hasAttr("required")).isTrue();
		assertThat(asTalent.select("#mission-form textarea#companyGains").hasAttr("required")).isFalse();
		Document asManager = Jsoup.parse(manager.get("/tours/" + tourId + "/mission").body());
		assertThat(asManager.select("#mission-open li[data-field=talentGains] .badge")).isEmpty();
		assertThat(asManager.select("#mission-form textarea#companyGains").attr("aria-required")).isEqualTo("true");

		// an incomplete mission cannot go out with the agreement
		JsonNode tour = team.managerApi().get(base(tourId)).json();
		expect(team.managerApi().put(base(tourId) + "/agreement/draft", TourFixtures.json(AgreementFixtures.agreement(tour, 40))),
				200);
		ApiClient.Response send = team.managerApi().post(base(tourId) + "/agreement/send", "{}");
		assertThat(send.status()).isEqualTo(409);
		assertThat(send.code()).isEqualTo("tour.agreement.missionIncomplete");

		// the talent writes their part over the API, leaving the organisation's untouched (empty) is fine too
		Map<String, Object> talentPart = new LinkedHashMap<>();
		talentPart.put("objective", "Replace the onboarding spreadsheet");
		talentPart.put("talentGains", "Leading a delivery across teams");
		talentPart.put("successMeasures", "Joiners onboard in a day");
		talentPart.put("baseRevision", 1);
		expect(team.talentApi().post(base(tourId) + "/mission/revisions", TourFixtures.json(talentPart)), 201);
		JsonNode mission = team.talentApi().get(base(tourId) + "/mission").json();
		assertThat(mission.path("open").get(0).path("field").asString()).isEqualTo("companyGains");
		assertThat(mission.path("open").get(0).path("writerName").asString()).isEqualTo(team.manager().name());
	}

	@Test
	void aRevisionWithoutTheWritersOwnPartIsRefusedWithAllItsErrorsAtOnce() {
		TourTeam team = team();
		UUID tourId = TourFixtures.proposeTour(team);
		WebSession manager = team.managerSession();
		WebSession.Page form = manager.get("/tours/" + tourId + "/mission");

		WebSession.Page refused = manager.post("/tours/" + tourId + "/mission", form, Map.of("objective", "",
				"companyGains", "", "talentGains", "", "successMeasures", "x".repeat(4001), "baseRevision", "0"));

		assertThat(refused.status()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#objective-errors").text()).isEqualTo("Required.");
		assertThat(page.select("#companyGains-errors").text()).isEqualTo("Required.");
		assertThat(page.select("#successMeasures-errors").text()).isNotEmpty();
		assertThat(page.select("#talentGains-errors")).isEmpty();
		assertThat(team.managerApi().get(base(tourId) + "/mission").json().path("latest").isNull()).isTrue();

		Map<String, Object> withoutOwnPart = new LinkedHashMap<>();
		withoutOwnPart.put("objective", "Replace the onboarding spreadsheet");
		withoutOwnPart.put("companyGains", "Two days saved per joiner");
		withoutOwnPart.put("baseRevision", 0);
		ApiClient.Response talent = team.talentApi().post(base(tourId) + "/mission/revisions", TourFixtures.json(withoutOwnPart));
		assertThat(talent.status()).isEqualTo(400);
		assertThat(talent.body()).contains("talentGains");
	}

	@Test
	void theAgreementFormShowsAllItsErrorsAtOnceNextToTheFields() {
		TourTeam team = team();
		UUID tourId = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(tourId) + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet", 0))), 201);
		WebSession manager = team.managerSession();
		WebSession.Page form = manager.get("/tours/" + tourId + "/agreement");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("scope", "x".repeat(4001));
		fields.put("startOn", "2031-06-01");
		fields.put("endOn", "2031-01-01");
		fields.put("timeShare", "120");
		fields.put("nextConversationOn", "");
		WebSession.Page refused = manager.post("/tours/" + tourId + "/agreement", form, fields);

		assertThat(refused.status()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#scope-errors").text()).isNotEmpty();
		assertThat(page.select("#endOn-errors").text()).isEqualTo("The end must come after the start.");
		assertThat(page.select("#timeShare-errors").text()).isNotEmpty();
		assertThat(page.select("#nextConversationOn-errors").text()).isEqualTo("Required.");
		assertThat(team.managerApi().get(base(tourId) + "/agreement").json().path("current").isNull()).isTrue();
	}

	@Test
	void aClosingReviewThatChoseANewTourOffersToProposeIt() {
		TourTeam team = team();
		UUID tourId = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		String review = base(tourId) + "/closing-review";
		expect(team.managerApi().post(review + "/start", "{\"version\":"
				+ team.managerApi().get(base(tourId)).json().path("version").asLong() + "}"), 200);
		expect(team.talentApi().put(review + "/talent", TourFixtures.json(Map.of("talentResults", "The flow is live",
				"gainedSkills", "Discovery", "gainedNetwork", "The data team", "version", 0))), 200);
		expect(team.managerApi().put(review + "/company", TourFixtures.json(Map.of("companyResults", "A day to onboard",
				"nextStep", "NEW_TOUR", "nextStepNote", "A tour on the platform team", "version", 0))), 200);
		expect(team.managerApi().post(review + "/complete", "{}"), 200);

		Document asManager = Jsoup.parse(team.managerSession().get("/tours/" + tourId + "/closing-review").body());
		Document asTalent = Jsoup.parse(team.talentSession().get("/tours/" + tourId + "/closing-review").body());

		assertThat(asManager.select("#propose-next-tour").attr("href"))
			.isEqualTo("/tours/new?talentId=" + team.talent().personId());
		assertThat(asTalent.select("#propose-next-tour")).isEmpty();
		WebSession.Page proposal = team.managerSession().get(asManager.select("#propose-next-tour").attr("href"));
		assertThat(Jsoup.parse(proposal.body()).select("#talentId option[selected]").text()).contains(team.talent().name());
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private static String base(UUID tourId) {
		return AgreementFixtures.base(tourId);
	}

	private static ApiClient.Response expect(ApiClient.Response response, int status) {
		return AgreementFixtures.expect(response, status);
	}

}
