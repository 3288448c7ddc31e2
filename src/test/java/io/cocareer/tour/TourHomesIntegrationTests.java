package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;
import io.cocareer.support.WebSession;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.internal.TourWorkItemRepository;
import io.cocareer.tour.tracking.TrackingFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tours on the homes (issue 7, item 15): the talent's own tours with their wins, what waits
 * for the manager and for the talent lead, and the tours on a talent's profile as each reader may
 * read them.
 */
@IntegrationTest
class TourHomesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourWorkItemRepository workItems;

	@Autowired
	TourService tours;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void theTalentsHomeShowsTheirCurrentAndPastToursWithTheirWins() {
		UUID running = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		String win = "Pilot live " + Long.toString(System.nanoTime(), 36);
		expect(as("talent").post("/api/v1/tours/" + running + "/wins", TourFixtures.json(Map.of("title", win, "story",
				"Two teams use the flow", "wonOn", LocalDate.now().toString(), "audience", "ORGANISATION"))), 201);
		UUID ended = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		expect(as("manager").post("/api/v1/tours/" + ended + "/state",
				TourFixtures.json(Map.of("state", "ENDED_EARLY", "reason", "The package was stopped", "version",
						as("manager").get("/api/v1/tours/" + ended).json().path("version").asLong()))), 200);

		Element section = section(WebSession.signIn(this.port, "talent").get("/"), "my-tours");

		assertThat(section.select("#my-tours-current + ul").text()).contains(title(running), win)
			.doesNotContain(title(ended));
		assertThat(section.select("#my-tours-past + ul").text()).contains(title(ended));
	}

	@Test
	void aTalentWithoutToursIsToldSoAndPointedToTheCatalogue() {
		String username = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);

		Element section = section(WebSession.signIn(this.port, username, TourTestPeople.PASSWORD).get("/"), "my-tours");

		assertThat(section.select(".tours-none").text()).contains("no tour of duty yet");
		assertThat(section.select("a[href=/tours/packages]")).hasSize(1);
	}

	@Test
	void theManagersHomeShowsTheToursWaitingForThemAndNoOtherManagerSeesThem() {
		UUID toSign = AgreementFixtures.tourForTara(this.port);
		AgreementFixtures.sentForSignature(this.port, toSign, 40);
		UUID revised = AgreementFixtures.tourForTara(this.port);
		expect(as("talent").post("/api/v1/tours/" + revised + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Tara's take on the mission", 0))), 201);
		UUID blocked = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		expect(as("talent").post("/api/v1/tours/" + blocked + "/work", TourFixtures.json(obstacle(LocalDate.now().plusDays(20)))),
				201);
		UUID closing = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		expect(as("manager").post("/api/v1/tours/" + closing + "/closing-review/start", "{\"version\":"
				+ as("manager").get("/api/v1/tours/" + closing).json().path("version").asLong() + "}"), 200);

		Map<String, String> waiting = waiting(WebSession.signIn(this.port, "manager").get("/"));

		assertThat(waiting).containsEntry(title(toSign), "TO_SIGN")
			.containsEntry(title(revised), "MISSION_REVISED")
			.containsEntry(title(blocked), "OBSTACLES_OPEN")
			.containsEntry(title(closing), "CLOSING_REVIEW");
		Document page = Jsoup.parse(WebSession.signIn(this.port, "manager").get("/").body());
		assertThat(page.select("#tours-waiting a[href=/tours/" + toSign + "/agreement]").text())
			.isEqualTo("Sign the agreement");
		assertThat(page.select("#tours-waiting a[href=/tours/" + revised + "/mission]").text()).contains("Tara Nguyen");

		String stranger = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		WebSession.Page strangersHome = WebSession.signIn(this.port, stranger, TourTestPeople.PASSWORD).get("/");
		assertThat(waiting(strangersHome)).isEmpty();
		assertThat(section(strangersHome, "tours-waiting").select(".tours-none").text()).contains("No tour waits for you");
		assertThat(strangersHome.body()).doesNotContain(title(toSign), title(revised), title(blocked), title(closing));
	}

	/**
	 * What waits for a manager is found for all their tours at once: two more tours sent for
	 * signature and two more with the talent's mission revision take no more statements.
	 */
	@Test
	void theManagersHomeTakesNoMoreStatementsForMoreToursWaiting() throws Exception {
		toursWaitingForTheManager();
		WebSession manager = WebSession.signIn(this.port, "manager");
		long before = this.statements.ofOneCall(() -> manager.get("/"));

		toursWaitingForTheManager();
		toursWaitingForTheManager();
		long after = this.statements.ofOneCall(() -> manager.get("/"));

		assertThat(after).as("statements of the manager's home %s", this.statements.statements()).isEqualTo(before);
	}

	private void toursWaitingForTheManager() {
		UUID toSign = AgreementFixtures.tourForTara(this.port);
		AgreementFixtures.sentForSignature(this.port, toSign, 10);
		UUID revised = AgreementFixtures.tourForTara(this.port);
		expect(as("talent").post("/api/v1/tours/" + revised + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Tara's take on the mission", 0))), 201);
	}

	@Test
	void theTalentLeadsHomeShowsProposalsEscalationsRisksAndToursEndingSoon() {
		UUID manager = TourFixtures.personOf(this.port, "manager");
		UUID proposal = proposeFor(TourTestPeople.newPerson(this.people, manager), LocalDate.now().plusMonths(2),
				LocalDate.now().plusMonths(8));
		LocalDate start = LocalDate.now().minusDays(60);
		UUID ending = proposeFor(TourTestPeople.newPerson(this.people, manager), start, LocalDate.now().plusDays(10));
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, ending);
		UUID risky = proposeFor(TourTestPeople.newPerson(this.people, manager), start, LocalDate.now().plusMonths(5));
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, risky);
		expect(as("manager").post("/api/v1/tours/" + risky + "/check-ins", TourFixtures
			.json(TrackingFixtures.checkIn(LocalDate.now(), 30, "AT_RISK", "The data team is not available"))), 201);
		ApiClient.Response obstacle = expect(as("manager").post("/api/v1/tours/" + risky + "/work",
				TourFixtures.json(obstacle(LocalDate.now().plusDays(3)))), 201);
		UUID obstacleId = UUID.fromString(obstacle.json().path("id").asString());
		new org.springframework.transaction.support.TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.workItems.markEscalated(obstacleId, Instant.now()));

		Document page = Jsoup.parse(WebSession.signIn(this.port, "lead").get("/").body());
		Map<String, List<String>> waiting = new LinkedHashMap<>();
		for (Element row : page.select("#tours-waiting li.waiting-tour")) {
			waiting.computeIfAbsent(row.attr("data-reason"), (k) -> new java.util.ArrayList<>()).add(row.text());
		}

		assertThat(waiting.get("PROPOSAL")).anySatisfy((row) -> assertThat(row).contains(title(proposal)));
		assertThat(waiting.get("ENDING_SOON")).anySatisfy((row) -> assertThat(row).contains(title(ending)));
		assertThat(waiting.get("AT_RISK")).anySatisfy((row) -> assertThat(row).contains(title(risky)));
		assertThat(waiting.get("OBSTACLE_ESCALATED"))
			.anySatisfy((row) -> assertThat(row).contains(title(risky), "One obstacle escalated"));
		assertThat(page.select("#tours-waiting a[href=/tours/overview]")).hasSize(1);
		// the manager of a running tour without a check-in for weeks is asked for one
		assertThat(waiting(WebSession.signIn(this.port, "manager").get("/"))).containsEntry(title(ending), "CHECK_IN_DUE");
	}

	@Test
	void aTalentsProfileShowsTheirToursToThemselvesAndTheirManagerOnly() {
		UUID running = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		String profile = "/talents/" + TourFixtures.personOf(this.port, "talent");

		WebSession.Page asTalent = WebSession.signIn(this.port, "talent").get(profile);
		assertThat(section(asTalent, "profile-tours").text()).contains("My tours of duty", title(running));
		WebSession.Page asManager = WebSession.signIn(this.port, "manager").get(profile);
		assertThat(section(asManager, "profile-tours").text()).contains(title(running));
		WebSession.Page asLead = WebSession.signIn(this.port, "lead").get(profile);
		assertThat(section(asLead, "profile-tours").text()).contains(title(running));

		String stranger = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		WebSession.Page asStranger = WebSession.signIn(this.port, stranger, TourTestPeople.PASSWORD).get(profile);
		assertThat(asStranger.status()).isEqualTo(404);
		assertThat(asStranger.body()).doesNotContain(title(running));
		WebSession.Page asAdmin = WebSession.signIn(this.port, "admin").get(profile);
		assertThat(asAdmin.status()).isIn(403, 404);
		assertThat(asAdmin.body()).doesNotContain(title(running));
	}

	// ---- helpers -------------------------------------------------------------------------------

	private UUID proposeFor(UUID talentId, LocalDate start, LocalDate end) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", talentId.toString());
		body.put("title", "Home tour " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("startOn", start.toString());
		body.put("endOn", end.toString());
		body.put("timeShare", 30);
		return UUID.fromString(expect(as("manager").post("/api/v1/tours", TourFixtures.json(body)), 201).json()
			.path("id")
			.asString());
	}

	private Map<String, Object> obstacle(LocalDate dueOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "OBSTACLE");
		body.put("what", "No test environment");
		body.put("impact", "HIGH");
		body.put("ownerId", TourFixtures.personOf(this.port, "manager").toString());
		body.put("dueOn", dueOn.toString());
		return body;
	}

	private String title(UUID tourId) {
		return this.tourRepository.findById(tourId).orElseThrow().title();
	}

	private static Element section(WebSession.Page page, String id) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		Element section = Jsoup.parse(page.body()).getElementById(id);
		assertThat(section).as("section #" + id).isNotNull();
		return section;
	}

	/** The tours waiting on a home, by title, with why. */
	private static Map<String, String> waiting(WebSession.Page page) {
		Map<String, String> waiting = new LinkedHashMap<>();
		for (Element row : section(page, "tours-waiting").select("li.waiting-tour")) {
			waiting.put(row.select("span.text-body-secondary").text().replaceFirst(", with .*$", ""),
					row.attr("data-reason"));
		}
		return waiting;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	private static ApiClient.Response expect(ApiClient.Response response, int status) {
		return AgreementFixtures.expect(response, status);
	}

}
