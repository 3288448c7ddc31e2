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
		TourTeam team = team();
		UUID running = activeTour(team);
		String win = "Pilot live " + Long.toString(System.nanoTime(), 36);
		expect(team.talentApi().post("/api/v1/tours/" + running + "/wins", TourFixtures.json(Map.of("title", win, "story",
				"Two teams use the flow", "wonOn", LocalDate.now().toString(), "audience", "ORGANISATION"))), 201);
		UUID ended = activeTour(team);
		expect(team.managerApi().post("/api/v1/tours/" + ended + "/state",
				TourFixtures.json(Map.of("state", "ENDED_EARLY", "reason", "The package was stopped", "version",
						team.managerApi().get("/api/v1/tours/" + ended).json().path("version").asLong()))), 200);

		Element section = section(team.talentSession().get("/"), "my-tours");

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
		TourTeam team = team();
		UUID toSign = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, toSign, 40);
		UUID revised = TourFixtures.proposeTour(team);
		expect(team.talentApi().post("/api/v1/tours/" + revised + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("The talent's take on the mission", 0))), 201);
		UUID blocked = activeTour(team);
		expect(team.talentApi().post("/api/v1/tours/" + blocked + "/work",
				TourFixtures.json(obstacle(team.manager().personId(), LocalDate.now().plusDays(20)))), 201);
		UUID closing = activeTour(team);
		expect(team.managerApi().post("/api/v1/tours/" + closing + "/closing-review/start", "{\"version\":"
				+ team.managerApi().get("/api/v1/tours/" + closing).json().path("version").asLong() + "}"), 200);

		Map<String, String> waiting = waiting(team.managerSession().get("/"));

		assertThat(waiting).containsEntry(title(toSign), "TO_SIGN")
			.containsEntry(title(revised), "MISSION_REVISED")
			.containsEntry(title(blocked), "OBSTACLES_OPEN")
			.containsEntry(title(closing), "CLOSING_REVIEW");
		Document page = Jsoup.parse(team.managerSession().get("/").body());
		assertThat(page.select("#tours-waiting a[href=/tours/" + toSign + "/agreement]").text())
			.isEqualTo("Sign the agreement");
		assertThat(page.select("#tours-waiting a[href=/tours/" + revised + "/mission]").text())
			.contains(team.talent().name());

		String stranger = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		WebSession.Page strangersHome = WebSession.signIn(this.port, stranger, TourTestPeople.PASSWORD).get("/");
		assertThat(waiting(strangersHome)).isEmpty();
		assertThat(section(strangersHome, "tours-waiting").select(".tours-none").text()).contains("No tour waits for you");
		assertThat(strangersHome.body()).doesNotContain(title(toSign), title(revised), title(blocked), title(closing));
		// nor does the demo's manager, who manages none of them
		WebSession.Page demoManagersHome = WebSession.signIn(this.port, "manager").get("/");
		assertThat(waiting(demoManagersHome)).doesNotContainKeys(title(toSign), title(revised), title(blocked),
				title(closing));
		assertThat(demoManagersHome.body()).doesNotContain(title(toSign), title(revised), title(blocked), title(closing));
	}

	/**
	 * What waits for a manager is found for all their tours at once: two more tours sent for
	 * signature and two more with the talent's mission revision take no more statements.
	 */
	@Test
	void theManagersHomeTakesNoMoreStatementsForMoreToursWaiting() throws Exception {
		TourTeam team = team();
		toursWaitingForTheManager(team);
		WebSession manager = team.managerSession();
		long before = this.statements.ofOneCall(() -> manager.get("/"));

		toursWaitingForTheManager(team);
		toursWaitingForTheManager(team);
		long after = this.statements.ofOneCall(() -> manager.get("/"));

		assertThat(after).as("statements of the manager's home %s", this.statements.statements()).isEqualTo(before);
	}

	private void toursWaitingForTheManager(TourTeam team) {
		UUID toSign = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, toSign, 10);
		UUID revised = TourFixtures.proposeTour(team);
		expect(team.talentApi().post("/api/v1/tours/" + revised + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("The talent's take on the mission", 0))), 201);
	}

	@Test
	void theTalentLeadsHomeShowsProposalsEscalationsRisksAndToursEndingSoon() {
		TourTeam team = team();
		UUID proposal = proposeFor(team, LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(8));
		LocalDate start = LocalDate.now().minusDays(60);
		UUID ending = proposeFor(team, start, LocalDate.now().plusDays(10));
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, ending);
		UUID risky = proposeFor(team, start, LocalDate.now().plusMonths(5));
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, risky);
		expect(team.managerApi().post("/api/v1/tours/" + risky + "/check-ins", TourFixtures
			.json(TrackingFixtures.checkIn(LocalDate.now(), 30, "AT_RISK", "The data team is not available"))), 201);
		ApiClient.Response obstacle = expect(team.managerApi().post("/api/v1/tours/" + risky + "/work",
				TourFixtures.json(obstacle(team.manager().personId(), LocalDate.now().plusDays(3)))), 201);
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
		assertThat(waiting(team.managerSession().get("/"))).containsEntry(title(ending), "CHECK_IN_DUE");
	}

	@Test
	void aTalentsProfileShowsTheirToursToThemselvesAndTheirManagerOnly() {
		TourTeam team = team();
		UUID running = activeTour(team);
		writeAProfile(team);
		String profile = "/talents/" + team.talent().personId();

		WebSession.Page asTalent = team.talentSession().get(profile);
		assertThat(section(asTalent, "profile-tours").text()).contains("My tours of duty", title(running));
		WebSession.Page asManager = team.managerSession().get(profile);
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
		for (String outsider : List.of("manager", "talent")) {
			WebSession.Page asDemo = WebSession.signIn(this.port, outsider).get(profile);
			assertThat(asDemo.status()).as(outsider).isEqualTo(404);
			assertThat(asDemo.body()).as(outsider).doesNotContain(title(running));
		}
	}

	// ---- helpers -------------------------------------------------------------------------------

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** A running tour of the team's, started long ago. */
	private UUID activeTour(TourTeam team) {
		return TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
	}

	/** The team's talent writes their profile: others find a talent's profile page once there is one. */
	private static void writeAProfile(TourTeam team) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("values", List.of("Curiosity"));
		body.put("shortTermAspiration", "Run a customer discovery sprint");
		body.put("version", 0);
		expect(team.talentApi().put("/api/v1/talents/" + team.talent().personId() + "/profile", TourFixtures.json(body)),
				200);
	}

	/** The team's manager proposes a tour for the team's talent over these dates at 30 %. */
	private UUID proposeFor(TourTeam team, LocalDate start, LocalDate end) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", team.talent().personId().toString());
		body.put("title", "Home tour " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("startOn", start.toString());
		body.put("endOn", end.toString());
		body.put("timeShare", 30);
		return UUID.fromString(expect(team.managerApi().post("/api/v1/tours", TourFixtures.json(body)), 201).json()
			.path("id")
			.asString());
	}

	private static Map<String, Object> obstacle(UUID ownerId, LocalDate dueOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "OBSTACLE");
		body.put("what", "No test environment");
		body.put("impact", "HIGH");
		body.put("ownerId", ownerId.toString());
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

	private static ApiClient.Response expect(ApiClient.Response response, int status) {
		return AgreementFixtures.expect(response, status);
	}

}
