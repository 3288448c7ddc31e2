package io.cocareer.tour.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.TrackingFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resource requests and obstacles (step 7): API, pages, privacy and the daily escalation. */
@IntegrationTest
@RecordApplicationEvents
class TourWorkIntegrationTests {

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
	TourWorkService work;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

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
	void theTalentRequestsAResourceAndTheManagerProvidesIt() {
		UUID manager = this.team.manager().personId();
		ApiClient.Response created = talent().post(work(), resource(manager, LocalDate.now().plusDays(10)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode item = created.json();
		assertThat(item.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(item.path("ownerName").asString()).isEqualTo(this.team.manager().name());
		assertThat(item.path("overdue").asBoolean()).isFalse();
		assertThat(created.location()).isEqualTo(work() + "/" + item.path("id").asString());

		Map<String, Object> update = update(item, "PROVIDED", null);
		ApiClient.Response provided = manager().put(work() + "/" + item.path("id").asString(), TourFixtures.json(update));
		assertThat(provided.status()).as(provided.body()).isEqualTo(200);
		assertThat(provided.json().path("status").asString()).isEqualTo("PROVIDED");
		assertThat(provided.json().path("mayEdit").asBoolean()).isFalse();

		// provided is final, and a stale version is refused
		update.put("version", provided.json().path("version").asLong());
		update.put("status", "IN_PROGRESS");
		ApiClient.Response closed = as("lead").put(work() + "/" + item.path("id").asString(), TourFixtures.json(update));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.code()).isEqualTo("tour.work.closed");
	}

	@Test
	void anObstacleIsOwnedBySomeoneByEmployeeIdAndResolvedWithANote() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "OBSTACLE");
		body.put("what", "No access to the production logs");
		body.put("impact", "HIGH");
		body.put("ownerEmployeeId", TourFixtures.employeeIdOf(this.port, "lead"));
		body.put("dueOn", LocalDate.now().plusDays(3).toString());
		JsonNode item = manager().post(work(), TourFixtures.json(body)).json();
		assertThat(item.path("status").asString()).isEqualTo("OPEN");
		assertThat(item.path("impact").asString()).isEqualTo("HIGH");
		assertThat(item.path("ownerId").asString()).isEqualTo(TourFixtures.personOf(this.port, "lead").toString());

		ApiClient.Response noNote = talent().put(work() + "/" + item.path("id").asString(),
				TourFixtures.json(update(item, "RESOLVED", " ")));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.json().path("errors").get(0).path("field").asString()).isEqualTo("statusNote");

		ApiClient.Response stale = talent().put(work() + "/" + item.path("id").asString(),
				TourFixtures.json(withVersion(update(item, "RESOLVED", "Granted"), 7)));
		assertThat(stale.status()).isEqualTo(409);

		ApiClient.Response resolved = talent().put(work() + "/" + item.path("id").asString(),
				TourFixtures.json(update(item, "RESOLVED", "Access granted by the platform team")));
		assertThat(resolved.json().path("statusNote").asString()).isEqualTo("Access granted by the platform team");
	}

	@Test
	void badItemsAreRefusedOnTheirFields() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "RESOURCE");
		body.put("what", "A test environment");
		body.put("ownerEmployeeId", "NOBODY-999");
		body.put("dueOn", LocalDate.now().plusDays(3).toString());
		assertField(talent().post(work(), TourFixtures.json(body)), "ownerEmployeeId");
		body.put("ownerEmployeeId", this.team.talent().employeeId());
		assertField(talent().post(work(), TourFixtures.json(body)), "why");
		body.put("why", "To try the flow with real data");
		body.remove("ownerEmployeeId");
		assertField(talent().post(work(), TourFixtures.json(body)), "ownerId");
		body.put("ownerId", this.team.talent().personId().toString());
		body.put("dueOn", LocalDate.now().minusDays(1).toString());
		assertField(talent().post(work(), TourFixtures.json(body)), "dueOn");
		body.put("kind", "OBSTACLE");
		body.put("dueOn", LocalDate.now().toString());
		assertField(talent().post(work(), TourFixtures.json(body)), "impact");
	}

	@Test
	void onlyTheTourPeopleSeeTheItemsTheSponsorAndOutsidersGetA404() {
		String sponsor = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		UUID sponsored = sponsoredTour(TourFixtures.employeeIdOf(this.port, sponsor, TourTestPeople.PASSWORD));
		String path = "/api/v1/tours/" + sponsored + "/work";
		UUID manager = this.team.manager().personId();
		String itemPath = path + "/" + talent().post(path, resource(manager, LocalDate.now().plusDays(5)))
			.json()
			.path("id")
			.asString();
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);
		for (ApiClient other : new ApiClient[] { as("admin"), as("manager"), as("talent"),
				ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD),
				ApiClient.as(this.port, sponsor, TourTestPeople.PASSWORD) }) {
			assertThat(other.get(path).status()).isEqualTo(404);
			assertThat(other.get(itemPath).status()).isEqualTo(404);
			assertThat(other.post(path, resource(manager, LocalDate.now().plusDays(5))).status()).isEqualTo(404);
		}
		assertThat(as("lead").get(path).body()).contains(itemPath.substring(itemPath.lastIndexOf('/') + 1));

		assertThat(WebSession.signIn(this.port, outsider, TourTestPeople.PASSWORD).get("/tours/" + sponsored + "/work")
			.status()).isEqualTo(404);
		WebSession sponsorSession = WebSession.signIn(this.port, sponsor, TourTestPeople.PASSWORD);
		assertThat(sponsorSession.get("/tours/" + sponsored + "/work").status()).isEqualTo(404);
		assertThat(sponsorSession.get(itemPath.replace("/api/v1", "")).status()).isEqualTo(404);
	}

	/** A running tour of the team's from a package someone else sponsors: the sponsor is no participant. */
	private UUID sponsoredTour(String sponsorEmployeeId) {
		UUID id = TrackingFixtures.tourFor(this.team, sponsorEmployeeId);
		JsonNode created = manager().get("/api/v1/tours/" + id).json();
		assertThat(created.path("sponsor").path("id").asString()).isNotEqualTo(this.team.manager().personId().toString());
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, id);
		return id;
	}

	@Test
	void aTourThatDoesNotRunTakesNoItems() {
		LocalDate start = TourFixtures.futureStart();
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("talentId", this.team.talent().personId().toString());
		plan.put("title", "Still a draft");
		plan.put("tourType", "FOUNDATIONAL");
		plan.put("startOn", start.toString());
		plan.put("endOn", start.plusMonths(3).toString());
		plan.put("timeShare", 20);
		UUID draft = UUID.fromString(manager().post("/api/v1/tours", TourFixtures.json(plan)).json().path("id").asString());
		ApiClient.Response refused = manager().post("/api/v1/tours/" + draft + "/work",
				resource(this.team.manager().personId(), LocalDate.now().plusDays(5)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("tour.work.notRunning");
		assertThat(this.team.talentSession().get("/tours/" + draft + "/work").body())
			.contains("id=\"work-read-only\"")
			.doesNotContain("id=\"add-resources\"");
	}

	@Test
	void overdueItemsEscalateOnceToTheLeadAndTheOwner() {
		UUID manager = this.team.manager().personId();
		UUID itemId = UUID.fromString(talent().post(work(), resource(manager, LocalDate.now().plusDays(2)))
			.json()
			.path("id")
			.asString());
		UUID closedId = UUID.fromString(talent().post(work(), resource(manager, LocalDate.now().plusDays(2)))
			.json()
			.path("id")
			.asString());
		JsonNode closed = manager().get(work() + "/" + closedId).json();
		manager().put(work() + "/" + closedId, TourFixtures.json(update(closed, "DECLINED", "Not this year")));
		this.events.clear();

		assertThat(this.work.escalateOverdue(LocalDate.now().plusDays(2))).as("not overdue on its day").isZero();
		this.work.escalateOverdue(LocalDate.now().plusDays(3));

		List<Notice> notices = this.events.stream(Notice.class)
			.filter((notice) -> ("work-overdue:" + itemId).equals(notice.dedupKey()))
			.toList();
		assertThat(notices).hasSize(1);
		Notice notice = notices.get(0);
		assertThat(notice.personIds()).containsExactly(manager);
		assertThat(notice.roles()).containsExactly(Role.TALENT_LEAD);
		assertThat(notice.link()).isEqualTo("/tours/" + this.tourId + "/work");
		assertThat(notice.messageCode()).isEqualTo("notice.tour.workOverdue.RESOURCE");
		assertThat(this.events.stream(Notice.class).map(Notice::dedupKey)).doesNotContain("work-overdue:" + closedId);
		JsonNode escalated = talent().get(work() + "/" + itemId).json();
		assertThat(escalated.path("escalatedAt").isNull()).isFalse();

		this.events.clear();
		// running again tells nobody anything twice, that day or a later one (on a later day other open
		// items may fall due, so that run is checked for this item only)
		assertThat(this.work.escalateOverdue(LocalDate.now().plusDays(3))).isZero();
		assertThat(this.events.stream(Notice.class)).isEmpty();
		this.work.escalateOverdue(LocalDate.now().plusDays(4));
		assertThat(this.events.stream(Notice.class).map(Notice::dedupKey)).doesNotContain("work-overdue:" + itemId);
		// escalating is no edit: the version the talent read still saves
		ApiClient.Response saved = talent().put(work() + "/" + itemId,
				TourFixtures.json(update(talent().get(work() + "/" + itemId).json(), "IN_PROGRESS", null)));
		assertThat(saved.status()).isEqualTo(200);
	}

	@Test
	void thePageShowsOverdueAndEscalatedItemsAndTheLeadSeesThemInTheOverviewRead() {
		UUID manager = this.team.manager().personId();
		String what = "Budget for a conference " + System.nanoTime();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "RESOURCE");
		body.put("what", what);
		body.put("why", "To present the results");
		body.put("ownerId", manager.toString());
		body.put("dueOn", LocalDate.now().plusDays(1).toString());
		UUID itemId = UUID.fromString(talent().post(work(), TourFixtures.json(body)).json().path("id").asString());
		this.jdbc.sql("update tour_work_item set due_on = :due where id = :id")
			.param("due", LocalDate.now().minusDays(2))
			.param("id", itemId)
			.update();
		this.work.escalateOverdue(LocalDate.now());

		WebSession.Page page = this.team.talentSession().get("/tours/" + this.tourId + "/work");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(what, "id=\"work-overdue\"", "Escalated to the talent lead on");

		Actor lead = actorOf("lead");
		List<OverdueWorkItem> overdue = this.work.overdueItems(lead);
		assertThat(overdue).anySatisfy((item) -> {
			assertThat(item.itemId()).isEqualTo(itemId);
			assertThat(item.tourId()).isEqualTo(this.tourId);
			assertThat(item.talentName()).isEqualTo(this.team.talent().name());
			assertThat(item.ownerName()).isEqualTo(this.team.manager().name());
			assertThat(item.escalatedAt()).isNotNull();
		});
		Actor tourManager = actorOf(manager, this.team.manager().username(), Role.MANAGER);
		assertThatThrownBy(() -> this.work.overdueItems(tourManager)).isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.work.overdueItems(actorOf("manager"))).isInstanceOf(PermissionDenied.class);
		assertThat(manager().get("/api/v1/tours/overdue-items").status()).isEqualTo(403);
		assertThat(as("manager").get("/api/v1/tours/overdue-items").status()).isEqualTo(403);
		assertThat(as("lead").get("/api/v1/tours/overdue-items").body()).contains(itemId.toString());
	}

	@Test
	void theFormsShowErrorsNextToTheFieldsAndAddAndUpdateItems() {
		WebSession talent = this.team.talentSession();
		WebSession.Page page = talent.get("/tours/" + this.tourId + "/work");
		assertThat(page.body()).contains("id=\"add-resources\"", "id=\"add-obstacles\"");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("what", "Pairing with the data team");
		fields.put("why", "");
		// the owner as the person picker sends them: by employee id
		fields.put("ownerEmployeeId", this.team.manager().employeeId());
		fields.put("dueOn", LocalDate.now().plusDays(9).toString());
		WebSession.Page refused = talent.post("/tours/" + this.tourId + "/work/resources", page, fields);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid", "value=\"Pairing with the data team\"");

		fields.put("why", "They own the pipeline");
		WebSession.Page added = talent.post("/tours/" + this.tourId + "/work/resources", page, fields);
		assertThat(added.status()).isEqualTo(302);
		String itemId = added.location().substring(added.location().indexOf("#item-") + 6);

		WebSession.Page edit = talent.get("/tours/" + this.tourId + "/work/" + itemId);
		assertThat(edit.body()).contains("id=\"work-item-form\"");
		fields.put("status", "DECLINED");
		fields.put("statusNote", "");
		fields.put("version", "0");
		WebSession.Page noNote = talent.post("/tours/" + this.tourId + "/work/" + itemId, edit, fields);
		assertThat(noNote.status()).isEqualTo(200);
		assertThat(noNote.body()).contains("Say why the request is declined");
		fields.put("statusNote", "The data team has no time");
		assertThat(talent.post("/tours/" + this.tourId + "/work/" + itemId, edit, fields).status()).isEqualTo(302);
		assertThat(talent.get("/tours/" + this.tourId + "/work/" + itemId).body()).contains("id=\"item-read-only\"",
				"The data team has no time");
	}

	private void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}

	private Actor actorOf(String username) {
		return actorOf(TourFixtures.personOf(this.port, username), username,
				"lead".equals(username) ? Role.TALENT_LEAD : Role.MANAGER);
	}

	private static Actor actorOf(UUID person, String username, Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(person), username, java.util.Set.of(role));
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

	private String work() {
		return "/api/v1/tours/" + this.tourId + "/work";
	}

	private static String resource(UUID owner, LocalDate dueOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "RESOURCE");
		body.put("what", "A test environment");
		body.put("why", "To try the new flow with real data");
		body.put("ownerId", owner.toString());
		body.put("dueOn", dueOn.toString());
		return TourFixtures.json(body);
	}

	private static Map<String, Object> update(JsonNode item, String status, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("what", item.path("what").asString());
		body.put("why", item.path("why").isNull() ? null : item.path("why").asString());
		body.put("impact", item.path("impact").isNull() ? null : item.path("impact").asString());
		body.put("ownerId", item.path("ownerId").asString());
		body.put("dueOn", item.path("dueOn").asString());
		body.put("status", status);
		body.put("statusNote", note);
		body.put("version", item.path("version").asLong());
		return body;
	}

	private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
		body.put("version", version);
		return body;
	}

}
