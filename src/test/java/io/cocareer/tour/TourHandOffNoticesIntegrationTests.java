package io.cocareer.tour;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.TrackingFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static io.cocareer.tour.AgreementFixtures.base;
import static io.cocareer.tour.AgreementFixtures.expect;
import static io.cocareer.tour.AgreementFixtures.mission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice at every hand-off of a tour, stored for its recipient and no one else, saying no more
 * than the recipient may read; a notice that asks for an action is done once it is taken. Read
 * from the {@code notification} table as the notification module stored them, and from the
 * recipients' own notification API and page.
 */
@IntegrationTest
class TourHandOffNoticesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Test
	void interestInAPackageTellsItsSponsorOnlyWithoutTheNote() {
		TourTeam team = team();
		// the manager's package, sponsored by the talent lead
		ApiClient manager = team.managerApi();
		UUID packageId = UUID.fromString(manager
			.post("/api/v1/work-packages", TourFixtures.json(TourFixtures.aPackage(this.port,
					TourFixtures.employeeIdOf(this.port, "lead"))))
			.json()
			.path("id")
			.asString());
		expect(TourFixtures.packageStatus(this.port, manager, packageId, "OPEN"), 200);
		String link = "/tours/packages/" + packageId;

		expect(team.talentApi().post(link.replace("/tours/packages/", "/api/v1/work-packages/") + "/interest",
				TourFixtures.json(Map.of("note", "Private: I am thinking of leaving"))), 201);
		// withdrawn and expressed again: told once
		expect(team.talentApi().delete("/api/v1/work-packages/" + packageId + "/interest"), 204);
		expect(team.talentApi().post("/api/v1/work-packages/" + packageId + "/interest", "{}"), 201);

		List<Row> told = rows("tour.interestExpressed", link);
		assertThat(usernames(told)).containsExactly("lead");
		assertThat(told.get(0).arguments()).contains(team.talent().name()).doesNotContain("thinking of leaving");
		assertThat(told.get(0).actionKey()).isNull();
	}

	@Test
	void aProposalAsksTheTalentToRespondAndIsDoneWhenTheConversationStarts() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String link = "/tours/" + id;

		List<Row> told = rows("tour.proposed", link);
		assertThat(usernames(told)).containsExactly(team.talent().username());
		assertThat(told.get(0).arguments()).contains(team.manager().name());
		assertThat(told.get(0).doneAt()).isNull();
		JsonNode inbox = notificationAbout(team.talentApi(), link);
		assertThat(inbox.path("asksForAction").asBoolean()).isTrue();
		assertThat(inbox.path("doneAt").isNull() || inbox.path("doneAt").isMissingNode()).isTrue();
		assertThat(team.talentSession().get("/notifications").body()).contains("notification-todo");

		expect(team.talentApi().post(base(id) + "/state",
				TourFixtures.json(Map.of("state", "IN_CONVERSATION", "version", tourVersion(id)))), 200);

		assertThat(rows("tour.proposed", link).get(0).doneAt()).isNotNull();
		assertThat(notificationAbout(team.talentApi(), link).path("doneAt").asString()).isNotBlank();
		assertThat(team.talentSession().get("/notifications").body()).contains("notification-done");
	}

	@Test
	void aMissionRevisionOrCommentTellsTheOtherSideAndReplyingIsDone() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String link = "/tours/" + id + "/mission";

		expect(team.talentApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship it", 0))), 201);

		List<Row> revised = rows("tour.missionRevised", link);
		assertThat(usernames(revised)).containsExactly(team.manager().username());
		assertThat(revised.get(0).arguments()).contains(team.talent().name()).doesNotContain("Ship it");
		// writing the mission answers the proposal
		assertThat(rows("tour.proposed", "/tours/" + id).get(0).doneAt()).isNotNull();

		expect(team.managerApi().post(base(id) + "/mission/comments",
				TourFixtures.json(Map.of("body", "Confidential: budget is at risk"))), 201);

		List<Row> commented = rows("tour.missionCommented", link);
		assertThat(usernames(commented)).containsExactly(team.talent().username());
		assertThat(commented.get(0).arguments()).doesNotContain("Confidential: budget is at risk");
		assertThat(commented.get(0).doneAt()).isNull();
		// the manager replied: the manager's "reply" notice is done, the talent's is not
		assertThat(rows("tour.missionRevised", link).get(0).doneAt()).isNotNull();

		// the talent lead writes: talent and manager are told
		expect(as("lead").post(base(id) + "/mission/comments", TourFixtures.json(Map.of("body", "Looks good"))), 201);
		List<Row> byLead = rows("tour.missionCommented", link);
		assertThat(usernames(byLead)).containsExactlyInAnyOrder(team.talent().username(), team.talent().username(), team.manager().username());
	}

	@Test
	void oneSideSigningTellsTheOtherAndEachSignatureIsDone() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String link = "/tours/" + id + "/agreement";
		AgreementFixtures.sentForSignature(team, id, 40);
		// the mission moved on with the agreement: nobody is asked to reply any more
		assertThat(rows("tour.missionRevised", "/tours/" + id + "/mission")).allMatch((row) -> row.doneAt() != null);

		List<Row> awaited = rows("tour.signatureAwaited", link);
		assertThat(usernames(awaited)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());
		assertThat(awaited).allMatch((row) -> row.actionKey() != null && row.doneAt() == null);

		expect(team.talentApi().post(base(id) + "/agreement/sign", "{\"rofcAcknowledged\":true}"), 200);

		// the manager's older "awaits your signature" gives way to the newer one: one open to-do per action
		assertThat(doneFor("tour.signatureAwaited", link)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());
		List<Row> signedByOne = rows("tour.signedByOne", link);
		assertThat(usernames(signedByOne)).containsExactly(team.manager().username());
		assertThat(signedByOne.get(0).arguments()).contains(team.talent().name());
		assertThat(signedByOne.get(0).doneAt()).isNull();

		expect(team.managerApi().post(base(id) + "/agreement/sign", "{}"), 200);

		assertThat(doneFor("tour.signatureAwaited", link)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());
		assertThat(rows("tour.signedByOne", link).get(0).doneAt()).isNotNull();
		List<Row> both = rows("tour.signedByBoth", link);
		assertThat(usernames(both)).containsExactly(team.talent().username());
		// signed before its start: the talent is told when it starts
		assertThat(both.get(0).messageCode()).isEqualTo("notice.tour.signedStarting");
		assertThat(rows(null, link).stream().map(Row::username)).doesNotContain("lead");
	}

	@Test
	void askingForChangesEndsTheSigningNotices() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		String link = "/tours/" + id + "/agreement";
		AgreementFixtures.sentForSignature(team, id, 40);

		expect(team.talentApi().post(base(id) + "/agreement/ask-changes", TourFixtures.json(Map.of("reason", "Dates"))), 200);

		assertThat(rows("tour.signatureAwaited", link)).allMatch((row) -> row.doneAt() != null);
	}

	@Test
	void theClosingReviewStartedAndCompletedTellsTalentAndManagerAndEachSectionIsDone() {
		TourTeam team = team();
		UUID id = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		String link = "/tours/" + id + "/closing-review";

		expect(as("lead").post(link.replace("/tours/", "/api/v1/tours/") + "/start",
				"{\"version\":" + tourVersion(id) + "}"), 200);

		List<Row> started = rows("tour.closingStarted", link);
		assertThat(usernames(started)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());
		assertThat(started).allMatch((row) -> row.actionKey() != null && row.doneAt() == null);
		assertThat(started).allMatch((row) -> row.arguments().contains("Hannah Berger"));

		Map<String, Object> reflection = new LinkedHashMap<>();
		reflection.put("talentResults", "Private: the flow is live");
		reflection.put("gainedSkills", "Facilitation");
		reflection.put("version", 0);
		expect(team.talentApi().put("/api/v1/tours/" + id + "/closing-review/talent", TourFixtures.json(reflection)), 200);
		assertThat(doneFor("tour.closingStarted", link)).containsExactly(team.talent().username());

		Map<String, Object> assessment = new LinkedHashMap<>();
		assessment.put("companyResults", "Onboarding takes a day");
		assessment.put("nextStep", "RENEWAL");
		assessment.put("nextStepNote", "Another half year");
		assessment.put("version", 0);
		expect(team.managerApi().put("/api/v1/tours/" + id + "/closing-review/company", TourFixtures.json(assessment)),
				200);
		assertThat(doneFor("tour.closingStarted", link)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());

		expect(as("lead").post("/api/v1/tours/" + id + "/closing-review/complete", "{}"), 200);

		List<Row> completed = rows("tour.closingCompleted", link);
		assertThat(usernames(completed)).containsExactlyInAnyOrder(team.talent().username(), team.manager().username());
		assertThat(completed).allMatch((row) -> !row.arguments().contains("Private: the flow is live"));
	}

	@Test
	void theStarterOfTheClosingReviewIsNotToldAboutIt() {
		TourTeam team = team();
		UUID id = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		String link = "/tours/" + id + "/closing-review";

		expect(team.managerApi().post("/api/v1/tours/" + id + "/closing-review/start",
				"{\"version\":" + tourVersion(id) + "}"), 200);

		assertThat(usernames(rows("tour.closingStarted", link))).containsExactly(team.talent().username());
	}

	@Test
	void aCheckInAtRiskTellsTheTalentLeadsOnlyWithoutItsWords() {
		TourTeam team = team();
		UUID id = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		String link = "/tours/" + id + "/check-ins";
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();

		expect(team.talentApi().post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(3), 10, "ON_TRACK", "Fine"))), 201);
		assertThat(rows("tour.checkInAtRisk", link)).isEmpty();

		expect(team.talentApi().post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(14), 20, "AT_RISK", "Private: my manager"))),
				201);

		List<Row> told = rows("tour.checkInAtRisk", link);
		assertThat(new TreeSet<>(usernames(told))).isEqualTo(new TreeSet<>(talentLeads()));
		assertThat(usernames(told)).contains("lead")
			.doesNotContain(team.talent().username(), team.manager().username(), "talent", "manager");
		assertThat(told.get(0).arguments()).contains(team.talent().name()).doesNotContain("Private: my manager");
		assertThat(told.get(0).messageCode()).isEqualTo("notice.tour.checkInAtRisk.AT_RISK");
	}

	@Test
	void anObstacleAsksItsOwnerToActAndClosingItTellsTheTalent() {
		TourTeam team = team();
		UUID id = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		Map<String, Object> obstacle = new LinkedHashMap<>();
		obstacle.put("kind", "OBSTACLE");
		obstacle.put("what", "No access to the production logs");
		obstacle.put("impact", "HIGH");
		obstacle.put("ownerEmployeeId", team.manager().employeeId());
		obstacle.put("dueOn", LocalDate.now().plusDays(3).toString());
		ApiClient.Response raised = team.talentApi().post("/api/v1/tours/" + id + "/work", TourFixtures.json(obstacle));
		expect(raised, 201);
		JsonNode item = raised.json();
		String link = "/tours/" + id + "/work/" + item.path("id").asString();

		List<Row> owned = rows("tour.workOwned", link);
		assertThat(usernames(owned)).containsExactly(team.manager().username());
		assertThat(owned.get(0).messageCode()).isEqualTo("notice.tour.workOwned.OBSTACLE");
		assertThat(owned.get(0).arguments()).contains(team.talent().name(), "No access to the production logs");
		assertThat(owned.get(0).actionKey()).isNotNull();
		assertThat(owned.get(0).doneAt()).isNull();

		Map<String, Object> resolve = new LinkedHashMap<>();
		resolve.put("what", "No access to the production logs");
		resolve.put("impact", "HIGH");
		resolve.put("ownerId", item.path("ownerId").asString());
		resolve.put("dueOn", item.path("dueOn").asString());
		resolve.put("status", "RESOLVED");
		resolve.put("statusNote", "Access granted by the platform team");
		resolve.put("version", item.path("version").asLong());
		expect(team.managerApi().put("/api/v1/tours/" + id + "/work/" + item.path("id").asString(),
				TourFixtures.json(resolve)), 200);

		assertThat(doneFor("tour.workOwned", link)).containsExactly(team.manager().username());
		List<Row> closed = rows("tour.workClosed", link);
		assertThat(usernames(closed)).containsExactly(team.talent().username());
		assertThat(closed.get(0).messageCode()).isEqualTo("notice.tour.workClosed.RESOLVED");
		// what the owner wrote stays behind the link
		assertThat(closed.get(0).arguments()).contains(team.manager().name()).doesNotContain("platform team");

		// an item the manager gives himself asks nobody anything
		obstacle.put("what", "Book the demo room");
		ApiClient.Response own = team.managerApi().post("/api/v1/tours/" + id + "/work", TourFixtures.json(obstacle));
		expect(own, 201);
		assertThat(rows("tour.workOwned", "/tours/" + id + "/work/" + own.json().path("id").asString())).isEmpty();
	}

	// ---- reading what was stored -------------------------------------------------------------

	record Row(String username, String messageCode, String arguments, String actionKey, java.sql.Timestamp doneAt) {

	}

	/** Every notification of the kind (any kind when null) leading to the link, whoever got it. */
	private List<Row> rows(String kind, String link) {
		return this.jdbc.sql("""
				select a.username, n.message_code, n.arguments, n.action_key, n.done_at
				from notification n join account a on a.id = n.account_id
				where n.link = :link and (cast(:kind as varchar(80)) is null or n.kind = :kind)
				order by n.created_at, a.username""")
			.param("link", link)
			.param("kind", kind, java.sql.Types.VARCHAR)
			.query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5)))
			.list();
	}

	private List<String> doneFor(String kind, String link) {
		return rows(kind, link).stream().filter((row) -> row.doneAt() != null).map(Row::username).toList();
	}

	private static List<String> usernames(List<Row> rows) {
		return rows.stream().map(Row::username).toList();
	}

	private Set<String> talentLeads() {
		return Set.copyOf(this.jdbc.sql("""
				select a.username from account a join account_role r on r.account_id = a.id
				where r.role = 'TALENT_LEAD' and a.enabled""").query(String.class).list());
	}

	private JsonNode notificationAbout(ApiClient reader, String link) {
		for (JsonNode item : reader.get("/api/v1/notifications?size=100").json().path("items")) {
			if (item.path("link").asString().equals(link)) {
				return item;
			}
		}
		throw new AssertionError("No notification for the reader leading to " + link);
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	/** The version of the tour as the talent lead reads it: versioned writes must name it. */
	private long tourVersion(UUID id) {
		return as("lead").get("/api/v1/tours/" + id).json().path("version").asLong();
	}

}
