package io.cocareer.tour.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourCompleted;
import io.cocareer.tour.TourEndedInGoodExit;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The closing review (step 9): its flow to COMPLETED, the good exit, its field errors and its privacy. */
@IntegrationTest
@RecordApplicationEvents
class ClosingReviewIntegrationTests {

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
	ClosingReviewService reviews;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	TourTeam team;

	UUID tourId;

	@BeforeEach
	void anActiveTour() {
		this.team = TourTeam.hire(this.port, this.people, this.accounts);
		this.tourId = TourActivation.activeTour(this.team, this.transactions, this.tourRepository, this.tours);
	}

	@Test
	void bothSidesWriteTheirSectionAndTheManagerCompletesTheTour() {
		assertThat(talent().post(review() + "/start", versionBody()).status()).isEqualTo(403);
		ApiClient.Response started = manager().post(review() + "/start", versionBody());
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertThat(started.json().path("tourState").asString()).isEqualTo("IN_CLOSING_REVIEW");
		assertThat(started.json().path("mayEditCompany").asBoolean()).isTrue();

		// each side only its own section
		assertThat(manager().put(review() + "/talent", reflection(0)).status()).isEqualTo(403);
		assertThat(talent().put(review() + "/company", assessment("RENEWAL", 0)).status()).isEqualTo(403);

		JsonNode reflected = talent().put(review() + "/talent", reflection(0)).json();
		assertThat(reflected.path("talentResults").asString()).isEqualTo("The flow is live in two units");
		assertThat(reflected.path("talentVersion").asInt()).isEqualTo(1);
		assertThat(reflected.path("mayEditTalent").asBoolean()).isTrue();
		// the other side saving meanwhile is no conflict; a stale version of the same section is
		assertThat(manager().put(review() + "/company", assessment("RENEWAL", 0)).status()).isEqualTo(200);
		assertThat(talent().put(review() + "/talent", reflection(0)).status()).isEqualTo(409);

		assertThat(talent().post(review() + "/complete", "{}").status()).isEqualTo(403);
		ApiClient.Response completed = manager().post(review() + "/complete", "{}");
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(completed.json().path("tourState").asString()).isEqualTo("COMPLETED");
		assertThat(completed.json().path("completedOn").isNull()).isFalse();
		assertThat(completed.json().path("goodExitOn").isNull()).isTrue();
		JsonNode tour = talent().get("/api/v1/tours/" + this.tourId).json();
		assertThat(tour.path("state").asString()).isEqualTo("COMPLETED");
		assertThat(tour.path("history").get(tour.path("history").size() - 1).path("reason").asString())
			.isEqualTo("closing review: RENEWAL");

		// final now
		ApiClient.Response refused = talent().put(review() + "/talent", reflection(1));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(manager().post(review() + "/complete", "{}").status()).isEqualTo(409);
		assertThat(manager().get("/api/v1/tours/" + this.tourId + "/work").status()).isEqualTo(200);
		assertThat(manager().post("/api/v1/tours/" + this.tourId + "/work", "{\"kind\":\"OBSTACLE\",\"what\":\"x\",\"impact\":\"LOW\",\"ownerId\":\""
				+ this.team.manager().personId() + "\",\"dueOn\":\"2040-01-01\"}").code())
			.isEqualTo("tour.work.notRunning");
	}

	@Test
	void completingWithoutTheRequiredFieldsIsRefusedOnTheField() {
		as("lead").post(review() + "/start", versionBody());
		ApiClient.Response empty = as("lead").post(review() + "/complete", "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("talentResults");

		Map<String, Object> noNote = new LinkedHashMap<>();
		noNote.put("companyResults", "Onboarding takes a day");
		noNote.put("nextStep", "NEW_TOUR");
		noNote.put("version", 0);
		as("lead").put(review() + "/company", TourFixtures.json(noNote));
		talent().put(review() + "/talent", reflection(0));
		ApiClient.Response missingNote = as("lead").post(review() + "/complete", "{}");
		assertThat(missingNote.status()).isEqualTo(400);
		assertThat(missingNote.json().path("errors").get(0).path("field").asString()).isEqualTo("nextStepNote");
		assertThat(as("lead").get(review()).json().path("missing").toString()).isEqualTo("[\"nextStepNote\"]");

		// the page marks the missing field next to it
		WebSession manager = this.team.managerSession();
		WebSession.Page page = manager.get("/tours/" + this.tourId + "/closing-review");
		WebSession.Page shown = manager.post("/tours/" + this.tourId + "/closing-review/complete", page, Map.of());
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("id=\"nextStepNote-errors\"",
				"A note on the next step is needed to complete the review.");
		assertThat(as("lead").get("/api/v1/tours/" + this.tourId).json().path("state").asString())
			.isEqualTo("IN_CLOSING_REVIEW");
	}

	@Test
	void aGoodExitIsRecordedAndPublished() {
		TourTeam.Member teamManager = this.team.manager();
		TourTeam.Member teamTalent = this.team.talent();
		Actor manager = new Actor(AccountId.of(UUID.randomUUID()), teamManager.username(),
				PersonId.of(teamManager.personId()), teamManager.name(), java.util.Set.of(Role.MANAGER));
		Actor talent = new Actor(AccountId.of(UUID.randomUUID()), teamTalent.username(),
				PersonId.of(teamTalent.personId()), teamTalent.name(), java.util.Set.of(Role.TALENT));
		this.reviews.start(manager, TourId.of(this.tourId), null,
				manager().get("/api/v1/tours/" + this.tourId).json().path("version").asLong());
		this.reviews.reflect(talent, TourId.of(this.tourId), new TalentReflection("Shipped it", "Product discovery", null, null,
				"Known in three units"), 0);
		this.reviews.assess(manager, TourId.of(this.tourId), new CompanyAssessment("On time", NextStep.GOOD_EXIT,
				teamTalent.name() + " joins a start-up; we stay in touch"), 0);
		this.events.clear();

		this.reviews.complete(manager, TourId.of(this.tourId));

		assertThat(this.events.stream(TourEndedInGoodExit.class)).singleElement().satisfies((exit) -> {
			assertThat(exit.tourId()).isEqualTo(TourId.of(this.tourId));
			assertThat(exit.talentId()).isEqualTo(talent.personId());
			assertThat(exit.on()).isEqualTo(this.tours.today());
		});
		assertThat(this.events.stream(TourCompleted.class)).singleElement().satisfies((done) -> {
			assertThat(done.tourId()).isEqualTo(TourId.of(this.tourId));
			assertThat(done.talentId()).isEqualTo(talent.personId());
			assertThat(done.on()).isEqualTo(this.tours.today());
		});
		assertThat(this.reviews.get(manager, TourId.of(this.tourId)).goodExitOn()).isEqualTo(this.tours.today());
		WebSession.Page page = this.team.talentSession().get("/tours/" + this.tourId + "/closing-review");
		assertThat(page.body()).contains("id=\"closing-completed\"", "id=\"good-exit\"", "Known in three units")
			.doesNotContain("id=\"talent-form\"");
	}

	@Test
	void thePageIsForTheTourPeopleOnlyAndEachEditsTheirOwnSection() {
		String sponsorless = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);
		assertThat(WebSession.signIn(this.port, sponsorless, TourTestPeople.PASSWORD)
			.get("/tours/" + this.tourId + "/closing-review")
			.status()).isEqualTo(404);
		assertThat(ApiClient.as(this.port, sponsorless, TourTestPeople.PASSWORD).get(review()).status()).isEqualTo(404);
		assertThat(as("admin").get(review()).status()).isEqualTo(404);
		// nor the demo's manager and talent, who are no part of this tour
		for (String other : new String[] { "manager", "talent" }) {
			assertThat(as(other).get(review()).status()).as(other).isEqualTo(404);
			assertThat(WebSession.signIn(this.port, other).get("/tours/" + this.tourId + "/closing-review").status())
				.as(other)
				.isEqualTo(404);
		}

		WebSession manager = this.team.managerSession();
		WebSession.Page active = manager.get("/tours/" + this.tourId + "/closing-review");
		assertThat(active.body()).contains("id=\"start-closing-review\"", "id=\"talent-profile-panel\"");
		assertThat(this.team.talentSession().get("/tours/" + this.tourId + "/closing-review").body())
			.doesNotContain("id=\"start-closing-review\"");
		WebSession.Page started = manager.post("/tours/" + this.tourId + "/closing-review/start", active,
				Map.of("version", Long.toString(manager().get("/api/v1/tours/" + this.tourId).json().path("version").asLong())));
		assertThat(started.status()).isEqualTo(302);

		WebSession.Page page = manager.get("/tours/" + this.tourId + "/closing-review");
		assertThat(page.body()).contains("id=\"company-form\"").doesNotContain("id=\"talent-form\"");
		WebSession talent = this.team.talentSession();
		WebSession.Page talentPage = talent.get("/tours/" + this.tourId + "/closing-review");
		assertThat(talentPage.body()).contains("id=\"talent-form\"").doesNotContain("id=\"company-form\"",
				"id=\"complete-review\"");
		WebSession.Page saved = talent.post("/tours/" + this.tourId + "/closing-review/talent", talentPage,
				Map.of("talentResults", "Two units use the flow", "gainedNetwork", "The data team", "version", "0"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(manager.get("/tours/" + this.tourId + "/closing-review").body()).contains("Two units use the flow");
		WebSession.Page tooLong = talent.post("/tours/" + this.tourId + "/closing-review/talent", talentPage,
				Map.of("talentResults", "x".repeat(4001), "version", "1"));
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"talentResults-errors\"");
	}

	@Test
	void aClosingReviewStartedBeforeTheEndDateIsAnEarlyEndWithAReasonEveryoneReads() {
		UUID early = TourActivation.activeTour(this.team, this.transactions, this.tourRepository, this.tours,
				LocalDate.now().minusDays(20));
		String url = "/api/v1/tours/" + early + "/closing-review";
		JsonNode before = manager().get(url).json();
		assertThat(before.path("startWouldBeEarly").asBoolean()).isTrue();

		// the API: a 400 naming the field
		ApiClient.Response refused = manager().post(url + "/start", "{\"version\":" + version(early) + "}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("tour.closing.earlyReasonRequired");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("earlyEndReason");
		// the same through the lifecycle move, whose field is "reason"
		ApiClient.Response byMove = manager().post("/api/v1/tours/" + early + "/state",
				TourFixtures.json(Map.of("state", "IN_CLOSING_REVIEW", "version", version(early))));
		assertThat(byMove.status()).isEqualTo(400);
		assertThat(byMove.code()).isEqualTo("tour.closing.earlyReasonRequired");
		assertThat(byMove.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

		// the page: the field, marked required, and its error next to it
		WebSession manager = this.team.managerSession();
		WebSession.Page page = manager.get("/tours/" + early + "/closing-review");
		assertThat(page.body()).contains("id=\"earlyEndReason\"", "id=\"early-hint\"");
		assertThat(manager.get("/tours/" + early).body()).contains("id=\"start-closing-early\"")
			.doesNotContain("name=\"state\" value=\"IN_CLOSING_REVIEW\"");
		WebSession.Page blank = manager.post("/tours/" + early + "/closing-review/start", page,
				Map.of("earlyEndReason", " ", "version", Long.toString(version(early))));
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"earlyEndReason-errors\"").contains("say why it ends early");

		WebSession.Page started = manager.post("/tours/" + early + "/closing-review/start", page,
				Map.of("earlyEndReason", "The pilot proved the point two months early", "version",
						Long.toString(version(early))));
		assertThat(started.status()).isEqualTo(302);

		JsonNode review = talent().get(url).json();
		assertThat(review.path("tourState").asString()).isEqualTo("IN_CLOSING_REVIEW");
		assertThat(review.path("earlyEndReason").asString()).isEqualTo("The pilot proved the point two months early");
		assertThat(review.path("startedOn").asString()).isEqualTo(LocalDate.now().toString());
		JsonNode tour = talent().get("/api/v1/tours/" + early).json();
		assertThat(tour.path("earlyEndReason").asString()).isEqualTo("The pilot proved the point two months early");
		assertThat(this.team.talentSession().get("/tours/" + early).body())
			.contains("id=\"early-end-reason\"", "The pilot proved the point two months early");
		assertThat(manager.get("/tours/" + early + "/closing-review").body()).contains("id=\"early-end-reason\"");
	}

	@Test
	void aClosingReviewOnATourWhoseEndHasComeNeedsNoReason() {
		JsonNode review = manager().get(review()).json();
		assertThat(review.path("startWouldBeEarly").asBoolean()).isFalse();
		assertThat(manager().post(review() + "/start", "{\"version\":" + version(this.tourId) + "}").status())
			.isEqualTo(200);
		JsonNode reason = manager().get(review()).json().path("earlyEndReason");
		assertThat(reason.isNull() || reason.isMissingNode()).isTrue();
	}

	private long version(UUID tourId) {
		return manager().get("/api/v1/tours/" + tourId).json().path("version").asLong();
	}

	private String review() {
		return "/api/v1/tours/" + this.tourId + "/closing-review";
	}

	private static String reflection(int version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentResults", "The flow is live in two units");
		body.put("gainedSkills", "Product discovery");
		body.put("gainedNetwork", "The data team and two sponsors");
		body.put("version", version);
		return TourFixtures.json(body);
	}

	private static String assessment(String nextStep, int version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("companyResults", "Onboarding takes a day instead of three");
		body.put("nextStep", nextStep);
		body.put("nextStepNote", "Another half year on the same package");
		body.put("version", version);
		return TourFixtures.json(body);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	/** The tour's talent: the team's. */
	private ApiClient talent() {
		return this.team.talentApi();
	}

	/** The tour's manager: the team's. */
	private ApiClient manager() {
		return this.team.managerApi();
	}

	/** Starting the review moves the tour: the write names the tour's version. */
	private String versionBody() {
		return "{\"version\":" + manager().get("/api/v1/tours/" + this.tourId).json().path("version").asLong() + "}";
	}

}
