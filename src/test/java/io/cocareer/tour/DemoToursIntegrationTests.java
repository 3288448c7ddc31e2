package io.cocareer.tour;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.support.PostgresTestDatabase;
import io.cocareer.support.WebSession;
import io.cocareer.tour.overview.TourOverviewService;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.support.OverdueWorkItem;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.tracking.AtRiskTour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows a living programme (issue 7, item 22): loaded with its tours into an empty
 * database of its own (the shared fixture runs without them), it holds tours in every state for
 * Tara and at least eight other talents across units, dated relative to today, with every
 * category the programme has, and the pages of the three demo roles show them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cocareer.demo.tours=true", "cocareer.mail.enabled=false" })
class DemoToursIntegrationTests {

	private static final String H2 = "jdbc:h2:mem:demo-tours;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TourOverviewService overview;

	/** An empty database for this test alone: the demo is loaded only into an empty one. */
	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
			registry.add("spring.datasource.url", () -> H2);
			return;
		}
		String database = PostgresTestDatabase.DATABASE + "_tours";
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + database);
	}

	@Test
	void toursInEveryStateForTaraAndAtLeastEightOtherTalentsAcrossUnits() {
		List<String> states = this.jdbc.sql("select distinct state from tour").query(String.class).list();
		UUID tara = personOf("talent");
		long taras = count("select count(*) from tour where talent_id = ?", tara);
		long others = count("select count(distinct talent_id) from tour where talent_id <> ?", tara);
		long units = count("select count(distinct p.unit_id) from tour t join person p on p.id = t.talent_id");

		assertThat(states).containsAll(List.of("DRAFT", "IN_CONVERSATION", "AWAITING_SIGNATURES", "ACTIVE",
				"IN_CLOSING_REVIEW", "COMPLETED", "ENDED_EARLY"));
		assertThat(taras).as("Tara's tours: completed, active, the next one").isGreaterThanOrEqualTo(3);
		assertThat(others).isGreaterThanOrEqualTo(8);
		assertThat(units).isGreaterThanOrEqualTo(4);
	}

	@Test
	void datesAreRelativeToToday() {
		LocalDate today = LocalDate.now();
		List<Map<String, Object>> tours = this.jdbc.sql("select state, start_on, end_on, ended_on from tour")
			.query()
			.listOfRows();
		long spanningToday = 0;
		long aboutToStart = 0;
		for (Map<String, Object> tour : tours) {
			String state = (String) tour.get("state");
			LocalDate start = date(tour.get("start_on"));
			LocalDate end = date(tour.get("end_on"));
			assertThat(start).as("every tour within two years of today").isAfter(today.minusYears(2));
			assertThat(end).isBefore(today.plusYears(2));
			switch (state) {
				case "SIGNED" -> {
					assertThat(start).as("a signed tour about to start").isAfter(today).isBefore(today.plusDays(15));
					aboutToStart++;
				}
				case "ACTIVE" -> {
					assertThat(start).as("an active tour has started").isBeforeOrEqualTo(today);
					assertThat(end).as("an active tour runs today").isAfterOrEqualTo(today);
					spanningToday++;
				}
				case "COMPLETED", "IN_CLOSING_REVIEW" -> assertThat(end).isBefore(today);
				case "ENDED_EARLY" -> assertThat(date(tour.get("ended_on"))).isBefore(today);
				case "DRAFT", "IN_CONVERSATION", "AWAITING_SIGNATURES" -> assertThat(start).isAfter(today);
				default -> throw new AssertionError("Unexpected state " + state);
			}
		}
		assertThat(spanningToday).isGreaterThanOrEqualTo(4);
		assertThat(aboutToStart).isEqualTo(1);
		assertThat(count("select count(*) from tour_check_in where held_on > ?", today)).as("no check-in in the future")
			.isZero();
	}

	@Test
	void theMissionConversationAndTheAgreementAwaitingTheManager() {
		UUID conversation = this.jdbc.sql("select id from tour where state = 'IN_CONVERSATION'").query(UUID.class).single();
		UUID tara = personOf("talent");
		Map<String, Object> awaiting = this.jdbc.sql("""
				select a.talent_signed_at, a.manager_signed_at, t.id from tour_agreement a join tour t on t.id = a.tour_id
				where t.state = 'AWAITING_SIGNATURES' and t.talent_id = ? and a.status = 'AWAITING_SIGNATURES'""")
			.param(tara)
			.query()
			.singleRow();

		assertThat(count("select count(*) from tour_mission_revision where tour_id = ?", conversation))
			.isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from tour_mission_comment where tour_id = ?", conversation))
			.isGreaterThanOrEqualTo(1);
		assertThat(awaiting.get("talent_signed_at")).as("Tara signed").isNotNull();
		assertThat(awaiting.get("manager_signed_at")).as("Marco has yet to sign").isNull();
		UUID taras = (UUID) awaiting.get("id");
		assertThat(count("select count(*) from tour_mission_revision where tour_id = ?", taras)).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("select distinct author_person_id from tour_mission_comment where tour_id = ?")
			.param(taras)
			.query(UUID.class)
			.list()).as("a conversation between Tara and the talent lead").hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void runningToursHaveCheckInsCoachingResourcesObstaclesAndWins() {
		LocalDate today = LocalDate.now();
		List<String> latestStatuses = this.jdbc.sql("""
				select c.status from tour_check_in c join tour t on t.id = c.tour_id where t.state = 'ACTIVE'
				and c.held_on = (select max(o.held_on) from tour_check_in o where o.tour_id = c.tour_id)""")
			.query(String.class)
			.list();

		assertThat(latestStatuses).contains("ON_TRACK", "AT_RISK", "OFF_TRACK");
		assertThat(this.jdbc.sql("select distinct status from tour_coaching_session").query(String.class).list())
			.contains("REQUESTED", "SCHEDULED", "DONE");
		for (String kind : List.of("RESOURCE", "OBSTACLE")) {
			assertThat(count("select count(*) from tour_work_item where kind = ? and status in ('REQUESTED', 'OPEN', "
					+ "'IN_PROGRESS') and due_on >= ?", kind, today)).as("open %s", kind).isPositive();
			assertThat(count("select count(*) from tour_work_item where kind = ? and status in ('REQUESTED', 'OPEN', "
					+ "'IN_PROGRESS') and due_on < ? and escalated_at is not null", kind, today))
				.as("overdue and escalated %s", kind)
				.isPositive();
			assertThat(count("select count(*) from tour_work_item where kind = ? and status in ('PROVIDED', 'RESOLVED')",
					kind)).as("settled %s", kind).isPositive();
		}
		assertThat(count("select count(*) from tour_win where state = 'PUBLISHED' and audience = 'ORGANISATION'"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from tour_win where state = 'PUBLISHED' and audience = 'SPONSOR'")).isPositive();
		assertThat(count("select count(*) from tour_win where endorsed_at is not null")).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from tour_win where state = 'DRAFT'")).as("a win the manager proposed")
			.isPositive();
	}

	@Test
	void closingReviewsEndInEveryNextStepAndOneTourEndedEarly() {
		assertThat(this.jdbc.sql("""
				select r.next_step from tour_closing_review r join tour t on t.id = r.tour_id
				where t.state = 'COMPLETED' and r.completed_on is not null""").query(String.class).list())
			.containsExactlyInAnyOrder(NextStep.NEW_TOUR.name(), NextStep.RENEWAL.name(), NextStep.GOOD_EXIT.name());
		assertThat(count("""
				select count(*) from tour_closing_review r join tour t on t.id = r.tour_id
				where t.state = 'IN_CLOSING_REVIEW' and r.talent_results is not null and r.completed_on is null""")).isOne();
		assertThat(count("select count(*) from tour where state = 'ENDED_EARLY' and ended_reason is not null")).isOne();
	}

	@Test
	void theTalentLeadsOverviewListsToursAtRiskEndingSoonAndOverdueItems() {
		var found = this.overview.overview(new Actor(null, "lead", null, "Lead", java.util.Set.of(Role.TALENT_LEAD)));

		assertThat(found.atRisk()).extracting(AtRiskTour::title)
			.contains("Vendor integration for invoicing", "Self-service reporting for Sales", "Warehouse routing pilot");
		assertThat(found.atRisk()).anyMatch(AtRiskTour::overdue);
		assertThat(found.endingWithoutNextConversation()).extracting(TourSummary::title)
			.contains("Warehouse routing pilot");
		assertThat(found.overdueItems()).extracting(OverdueWorkItem::kind)
			.contains(WorkItemKind.RESOURCE, WorkItemKind.OBSTACLE);
	}

	@Test
	void theCatalogueAuditLogAndNotificationsShowRealContent() {
		assertThat(count("""
				select count(distinct w.id) from work_package w join work_package_interest i on i.work_package_id = w.id
				where w.status = 'OPEN'""")).as("open packages with interest").isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from audit_entry where action like 'tour.%'")).isGreaterThan(100);
		assertThat(this.jdbc.sql("select distinct actor from audit_entry where action like 'tour.%'")
			.query(String.class)
			.list()).contains("lead", "manager", "talent", "system");
		for (String user : List.of("lead", "manager", "talent")) {
			assertThat(count("select count(*) from notification n join account a on a.id = n.account_id "
					+ "where a.username = ?", user)).as("notifications of %s", user).isPositive();
		}
	}

	@Test
	void theTalentLeadsPagesShowTheProgramme() {
		WebSession lead = WebSession.signIn(this.port, "lead");

		assertThat(page(lead, "/tours/overview")).contains("Vendor integration for invoicing", "Warehouse routing pilot",
				"Vendor API contract not signed", "Forklift telemetry export from the vendor");
		assertThat(page(lead, "/tours")).contains("Design system for internal tools", "Customer advisory board launch",
				"Loyalty app relaunch", "Marketing analytics rebuild");
		assertThat(page(lead, "/tours/packages")).contains("Data literacy programme", "Pricing experiment framework");
		assertThat(page(lead, "/tours/wins")).contains("Synonyms lifted click-through by 6 %");
		assertThat(page(lead, "/")).contains("Recent changes", "Tara Nguyen");
		assertThat(page(lead, "/notifications")).contains("Warehouse routing pilot");
		everyTourPageRenders(lead, "select id from tour");
	}

	@Test
	void theManagersPagesShowTheirTeamsTours() {
		WebSession manager = WebSession.signIn(this.port, "manager");
		UUID marco = personOf("manager");

		assertThat(page(manager, "/tours")).contains("Customer onboarding journey", "Search relevance v2",
				"Vendor integration for invoicing", "Payments reliability review");
		UUID awaiting = this.jdbc.sql("select id from tour where manager_id = ? and state = 'AWAITING_SIGNATURES'")
			.param(marco)
			.query(UUID.class)
			.single();
		assertThat(page(manager, "/tours/" + awaiting + "/agreement")).contains("Tara Nguyen");
		assertThat(page(manager, "/tours/coaching")).contains("Managing a vendor who keeps missing deadlines");
		// the other modules' demos tell Marco of more since, so the notice may be on a later page
		String notifications = IntStream.range(0, 4)
			.mapToObj((n) -> page(manager, "/notifications?page=" + n))
			.collect(Collectors.joining());
		assertThat(notifications).contains("Vendor API contract not signed");
		everyTourPageRenders(manager, "select id from tour where manager_id = '" + marco + "'");
	}

	@Test
	void theTalentsPagesShowHerToursPastPresentAndNext() {
		WebSession talent = WebSession.signIn(this.port, "talent");
		UUID tara = personOf("talent");
		UUID active = this.jdbc.sql("select id from tour where talent_id = ? and state = 'ACTIVE'")
			.param(tara)
			.query(UUID.class)
			.single();

		assertThat(page(talent, "/tours")).contains("Search relevance v2", "Customer onboarding journey",
				"Payments reliability review");
		assertThat(page(talent, "/tours/" + active + "/check-ins")).contains("Ranking beats the old one");
		assertThat(page(talent, "/tours/" + active + "/work")).contains("GPU budget for offline experiments",
				"Search logs access waits for the privacy review");
		assertThat(page(talent, "/tours/" + active + "/wins")).contains("Synonyms lifted click-through by 6 %",
				"Two teams adopted the evaluation set");
		assertThat(page(talent, "/tours/wins")).contains("Retry storms are gone");
		assertThat(page(talent, "/notifications")).contains("Customer onboarding journey");
		everyTourPageRenders(talent, "select id from tour where talent_id = '" + tara + "'");
	}

	// ---- helpers -----------------------------------------------------------------------------

	private void everyTourPageRenders(WebSession session, String tours) {
		List<String> failures = new ArrayList<>();
		for (UUID tour : this.jdbc.sql(tours).query(UUID.class).list()) {
			for (String page : List.of("", "/mission", "/agreement", "/check-ins", "/work", "/wins", "/closing-review")) {
				WebSession.Page answer = session.get("/tours/" + tour + page);
				if (answer.status() != 200 || answer.body().contains("Something went wrong")) {
					failures.add("/tours/" + tour + page + " answered " + answer.status());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private static String page(WebSession session, String path) {
		WebSession.Page answer = session.get(path);
		assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
		return answer.body();
	}

	private UUID personOf(String username) {
		return this.jdbc.sql("select person_id from account where username = ?").param(username).query(UUID.class).single();
	}

	private long count(String sql, Object... params) {
		var statement = this.jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof java.sql.Date sql) ? sql.toLocalDate() : (LocalDate) value;
	}

}
