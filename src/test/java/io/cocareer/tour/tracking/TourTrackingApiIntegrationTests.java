package io.cocareer.tour.tracking;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TourTrackingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	CheckInService checkIns;

	@Test
	void checkInsFollowTheCadenceAndEachSideWritesItsOwnNote() {
		TourTeam team = team();
		ApiClient talent = team.talentApi();
		ApiClient manager = team.managerApi();
		UUID id = TrackingFixtures.tourFor(team);
		JsonNode tour = manager.get("/api/v1/tours/" + id).json();
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());

		ApiClient.Response tooEarly = talent.post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(3), 10, "ON_TRACK", "Started")));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.code()).isEqualTo("tour.checkIn.notActive");

		activate(team, id);
		JsonNode schedule = talent.get("/api/v1/tours/" + id + "/check-ins").json();
		assertThat(schedule.path("running").asBoolean()).isTrue();
		assertThat(schedule.path("nextDue").asString()).isEqualTo(start.plusDays(14).toString());
		assertThat(schedule.path("mayCheckIn").asBoolean()).isTrue();
		assertThat(schedule.path("mayAskCoaching").asBoolean()).isTrue();

		ApiClient.Response opened = talent.post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(13), 20, "AT_RISK", "Data access is slow")));
		assertThat(opened.status()).isEqualTo(201);
		JsonNode checkIn = opened.json().path("checkIns").get(0);
		assertThat(checkIn.path("progress").asInt()).isEqualTo(20);
		assertThat(checkIn.path("status").asString()).isEqualTo("AT_RISK");
		assertThat(checkIn.path("milestones")).hasSize(2);
		assertThat(checkIn.path("milestones").get(0).path("done").asBoolean()).isTrue();
		assertThat(checkIn.path("talentNote").asString()).isEqualTo("Data access is slow");
		assertThat(checkIn.path("complete").asBoolean()).isFalse();
		// held a day early, it counts for the first due date: the next is one cadence later
		assertThat(opened.json().path("nextDue").asString()).isEqualTo(start.plusDays(28).toString());

		ApiClient.Response noted = manager.put(
				"/api/v1/tours/" + id + "/check-ins/" + checkIn.path("id").asString() + "/note",
				TourFixtures.json(Map.of("note", "I will ask for access", "version", checkIn.path("version").asLong())));
		assertThat(noted.status()).isEqualTo(200);
		JsonNode completed = noted.json().path("checkIns").get(0);
		assertThat(completed.path("managerNote").asString()).isEqualTo("I will ask for access");
		assertThat(completed.path("managerNotedBy").asString()).isEqualTo(team.manager().name());
		assertThat(completed.path("talentNote").asString()).isEqualTo("Data access is slow");
		assertThat(completed.path("complete").asBoolean()).isTrue();

		assertThat(as("lead").get("/api/v1/tours/" + id + "/check-ins").status()).isEqualTo(200);
		ApiClient.Response byLead = as("lead").post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(20), 30, "ON_TRACK", "Lead")));
		assertThat(byLead.status()).isEqualTo(403);
		assertThat(byLead.code()).isEqualTo("tour.checkIn.denied.lead");
	}

	@Test
	void aCheckInIsRefusedOnItsFieldWhenTheInputIsWrong() {
		TourTeam team = team();
		ApiClient talent = team.talentApi();
		ApiClient manager = team.managerApi();
		UUID id = TrackingFixtures.tourFor(team);
		activate(team, id);
		LocalDate start = LocalDate.parse(manager.get("/api/v1/tours/" + id).json().path("startOn").asString());
		String url = "/api/v1/tours/" + id + "/check-ins";

		ApiClient.Response tooMuch = manager.post(url,
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(5), 101, "ON_TRACK", "Hm")));
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.json().path("errors").get(0).path("field").asString()).isEqualTo("progress");

		ApiClient.Response before = manager.post(url,
				TourFixtures.json(TrackingFixtures.checkIn(start.minusDays(1), 5, "ON_TRACK", "Hm")));
		assertThat(before.status()).isEqualTo(400);
		assertThat(before.code()).isEqualTo("tour.checkIn.outsideTour");

		// a running tour whose days are still to come: a check-in is recorded once it has been held
		UUID running = TourActivation.activeTour(team, this.transactionManager, this.tourRepository, this.tours,
				LocalDate.now().minusDays(10));
		ApiClient.Response tomorrow = talent.post("/api/v1/tours/" + running + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(LocalDate.now().plusDays(1), 5, "ON_TRACK", "Hm")));
		assertThat(tomorrow.status()).isEqualTo(400);
		assertThat(tomorrow.contentType()).startsWith("application/problem+json");
		assertThat(tomorrow.code()).isEqualTo("tour.checkIn.inFuture");
		assertThat(tomorrow.json().path("errors").get(0).path("field").asString()).isEqualTo("heldOn");
		assertThat(talent.post("/api/v1/tours/" + running + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(LocalDate.now(), 5, "ON_TRACK", "Today"))).status())
			.isEqualTo(201);

		assertThat(manager.post(url,
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(5), 5, "ON_TRACK", "First"))).status())
			.isEqualTo(201);
		ApiClient.Response twice = talent.post(url,
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(5), 5, "ON_TRACK", "Second")));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.code()).isEqualTo("tour.checkIn.dayTaken");
		assertThat(talent.get(url).json().path("checkIns")).hasSize(1);
	}

	@Test
	void theTalentAsksForCoachingAndAnOutsideCoachSeesTheSessionButNotTheTour() {
		TourTeam team = team();
		ApiClient talent = team.talentApi();
		ApiClient manager = team.managerApi();
		UUID id = TrackingFixtures.tourFor(team);
		activate(team, id);
		String coach = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		String other = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);

		ApiClient.Response byManager = manager.post("/api/v1/tours/" + id + "/coaching",
				TourFixtures.json(Map.of("topic", "Negotiation")));
		assertThat(byManager.status()).isEqualTo(403);

		ApiClient.Response asked = talent.post("/api/v1/tours/" + id + "/coaching",
				TourFixtures.json(Map.of("topic", "Presenting to the board")));
		assertThat(asked.status()).isEqualTo(201);
		JsonNode session = asked.json();
		assertThat(session.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(session.path("coachName").asString()).isEqualTo(team.manager().name());
		String sessionUrl = "/api/v1/tours/coaching/" + session.path("id").asString();

		ApiClient.Response unknown = manager.put(sessionUrl + "/schedule",
				TourFixtures.json(Map.of("coachEmployeeId", "NOBODY-42", "scheduledAt", "2031-03-01T10:00:00", "version",
						session.path("version").asLong())));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("coachEmployeeId");
		assertThat(talent.put(sessionUrl + "/schedule",
				TourFixtures.json(Map.of("scheduledAt", "2031-03-01T10:00:00", "version", session.path("version").asLong())))
			.status()).isEqualTo(403);

		ApiClient.Response scheduled = manager.put(sessionUrl + "/schedule",
				TourFixtures.json(Map.of("coachEmployeeId",
						TrackingFixtures.employeeIdOf(this.port, coach, TourTestPeople.PASSWORD), "scheduledAt",
						"2031-03-01T10:00:00", "version", session.path("version").asLong())));
		assertThat(scheduled.status()).isEqualTo(200);
		assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(scheduled.json().path("scheduledAt").asString()).startsWith("2031-03-01T10:00");

		ApiClient coachApi = ApiClient.as(this.port, coach, TourTestPeople.PASSWORD);
		JsonNode mine = coachApi.get("/api/v1/tours/coaching").json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("topic").asString()).isEqualTo("Presenting to the board");
		assertThat(mine.get(0).path("talentName").asString()).isEqualTo(team.talent().name());
		assertThat(mine.get(0).path("tourId").isNull()).isTrue();
		assertThat(mine.get(0).path("tourTitle").isNull()).isTrue();
		assertThat(coachApi.get("/api/v1/tours/" + id).status()).isEqualTo(404);
		assertThat(coachApi.get("/api/v1/tours/" + id + "/check-ins").status()).isEqualTo(404);
		assertThat(coachApi.get("/api/v1/tours/" + id + "/check-ins.ics").status()).isEqualTo(404);
		assertThat(coachApi.get("/api/v1/tours/" + id + "/wins").status()).isEqualTo(404);

		ApiClient otherApi = ApiClient.as(this.port, other, TourTestPeople.PASSWORD);
		assertThat(otherApi.get(sessionUrl).status()).isEqualTo(404);
		assertThat(otherApi.post(sessionUrl + "/done", TourFixtures.json(Map.of("notes", "x", "version", 0))).status())
			.isEqualTo(404);
		assertThat(otherApi.get("/api/v1/tours/coaching").json()).isEmpty();
		// nor the demo's manager and talent, who are no part of this tour
		for (String outsider : List.of("manager", "talent")) {
			assertThat(as(outsider).get(sessionUrl).status()).as(outsider).isEqualTo(404);
			assertThat(as(outsider).get("/api/v1/tours/" + id).status()).as(outsider).isEqualTo(404);
		}

		ApiClient.Response done = coachApi.post(sessionUrl + "/done",
				TourFixtures.json(Map.of("notes", "Practised the opening; good.", "version",
						scheduled.json().path("version").asLong())));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
		JsonNode seenByTalent = talent.get("/api/v1/tours/" + id + "/check-ins").json().path("sessions").get(0);
		assertThat(seenByTalent.path("notes").asString()).isEqualTo("Practised the opening; good.");
		assertThat(seenByTalent.path("tourId").asString()).isEqualTo(id.toString());
	}

	@Test
	void theCalendarsLinksComeFromTheConfiguredAddressNotTheRequestsHost() {
		TourTeam team = team();
		UUID id = TrackingFixtures.tourFor(team);
		activate(team, id);

		ApiClient.Response ics = team.talentApi().getRaw("/api/v1/tours/" + id + "/check-ins.ics",
				Map.of("Accept", "text/calendar", "Host", "evil.example:8443"));

		assertThat(ics.status()).isEqualTo(200);
		// iCalendar folds long lines: unfold them before reading
		assertThat(ics.body().replace("\r\n ", "")).contains("URL:http://localhost:8080/tours/" + id + "/check-ins")
			.doesNotContain("evil.example");
	}

	@Test
	void theCalendarHoldsTheUpcomingCheckInsAndScheduledCoaching() throws Exception {
		TourTeam team = team();
		ApiClient talent = team.talentApi();
		ApiClient manager = team.managerApi();
		UUID id = TrackingFixtures.tourFor(team);
		activate(team, id);
		JsonNode tour = manager.get("/api/v1/tours/" + id).json();
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());
		LocalDate end = LocalDate.parse(tour.path("endOn").asString());
		String sessionId = talent.post("/api/v1/tours/" + id + "/coaching",
				TourFixtures.json(Map.of("topic", "Stakeholder maps"))).json().path("id").asString();
		long sessionVersion = manager.get("/api/v1/tours/coaching/" + sessionId).json().path("version").asLong();
		manager.put("/api/v1/tours/coaching/" + sessionId + "/schedule",
				TourFixtures.json(Map.of("scheduledAt", start.plusDays(20) + "T09:30:00", "version", sessionVersion)));

		ApiClient.Response ics = talent.get("/api/v1/tours/" + id + "/check-ins.ics");

		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		long dueDates = java.time.temporal.ChronoUnit.DAYS.between(start, end) / 14;
		assertThat(events).hasSize((int) dueDates + 1);
		VEvent first = events.get(0);
		assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("checkin-" + id + "-" + start.plusDays(14) + "@cocareer");
		assertThat(first.getStartDate().orElseThrow().getDate()).isEqualTo(start.plusDays(14));
		assertThat(first.getSummary().getValue()).isEqualTo("Check-in: " + tour.path("title").asString());
		assertThat(first.getUrl().getValue()).endsWith("/tours/" + id + "/check-ins");
		VEvent coaching = events.get(events.size() - 1);
		assertThat(coaching.getSummary().getValue()).isEqualTo("Coaching: Stakeholder maps");
		assertThat(coaching.getStartDate().orElseThrow().getDate().toString()).isEqualTo(start.plusDays(20) + "T09:30");

		// the same dates keep their UIDs from one download to the next
		Calendar again = new CalendarBuilder()
			.build(new StringReader(manager.get("/api/v1/tours/" + id + "/check-ins.ics").body()));
		assertThat(((VEvent) again.getComponents("VEVENT").get(0)).getUid().orElseThrow().getValue())
			.isEqualTo(first.getUid().orElseThrow().getValue());
	}

	@Test
	void theSponsorSeesTheWinsSharedWithThemAndNothingElseOfTheTour() {
		TourTeam team = team();
		ApiClient talent = team.talentApi();
		ApiClient manager = team.managerApi();
		String sponsor = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		UUID id = TrackingFixtures.tourFor(team, TrackingFixtures.employeeIdOf(this.port, sponsor, TourTestPeople.PASSWORD));
		ApiClient sponsorApi = ApiClient.as(this.port, sponsor, TourTestPeople.PASSWORD);
		ApiClient outsiderApi = ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD);

		ApiClient.Response tooEarly = talent.post("/api/v1/tours/" + id + "/wins", win("Early", "SPONSOR"));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.code()).isEqualTo("tour.win.notRunning");
		activate(team, id);

		ApiClient.Response noAudience = talent.post("/api/v1/tours/" + id + "/wins", win("No audience", null));
		assertThat(noAudience.status()).isEqualTo(400);
		assertThat(noAudience.json().path("errors").get(0).path("field").asString()).isEqualTo("audience");

		String sponsorWinTitle = "Pilot live " + UUID.randomUUID();
		ApiClient.Response shared = talent.post("/api/v1/tours/" + id + "/wins", win(sponsorWinTitle, "SPONSOR"));
		assertThat(shared.status()).isEqualTo(201);
		assertThat(shared.json().path("state").asString()).isEqualTo("PUBLISHED");
		String sharedId = shared.json().path("id").asString();

		String draftTitle = "Board demo " + UUID.randomUUID();
		ApiClient.Response proposed = manager.post("/api/v1/tours/" + id + "/wins", win(draftTitle, "SPONSOR"));
		assertThat(proposed.status()).isEqualTo(201);
		assertThat(proposed.json().path("state").asString()).isEqualTo("DRAFT");
		assertThat(proposed.json().path("audience").isNull()).isTrue();
		String draftId = proposed.json().path("id").asString();

		// the sponsor: the shared win in the feed, no draft, nothing of the tour
		String sponsorFeed = sponsorApi.get("/api/v1/tours/wins?size=200").body();
		assertThat(sponsorFeed).contains(sponsorWinTitle).doesNotContain(draftTitle);
		assertThat(sponsorApi.get("/api/v1/tours/wins/" + sharedId).json().path("tourId").isNull()).isTrue();
		assertThat(sponsorApi.get("/api/v1/tours/wins/" + draftId).status()).isEqualTo(404);
		for (String path : List.of("", "/check-ins", "/check-ins.ics", "/wins")) {
			assertThat(sponsorApi.get("/api/v1/tours/" + id + path).status()).as(path).isEqualTo(404);
		}
		// an outsider: neither the sponsor-only win nor the draft
		assertThat(outsiderApi.get("/api/v1/tours/wins?size=200").body()).doesNotContain(sponsorWinTitle)
			.doesNotContain(draftTitle);
		assertThat(outsiderApi.get("/api/v1/tours/wins/" + sharedId).status()).isEqualTo(404);
		assertThat(outsiderApi.post("/api/v1/tours/wins/" + sharedId + "/endorsement", "{}").status()).isEqualTo(404);
		// nor the demo's manager and talent, who are no part of this tour
		for (String other : List.of("manager", "talent")) {
			assertThat(as(other).get("/api/v1/tours/wins?size=200").body()).as(other).doesNotContain(sponsorWinTitle)
				.doesNotContain(draftTitle);
			assertThat(as(other).get("/api/v1/tours/wins/" + sharedId).status()).as(other).isEqualTo(404);
			assertThat(as(other).get("/api/v1/tours/" + id + "/wins").status()).as(other).isEqualTo(404);
		}

		// the sponsor endorses once; the talent may not
		assertThat(talent.post("/api/v1/tours/wins/" + sharedId + "/endorsement", "{}").status()).isEqualTo(403);
		ApiClient.Response endorsed = sponsorApi.post("/api/v1/tours/wins/" + sharedId + "/endorsement", "{}");
		assertThat(endorsed.status()).isEqualTo(200);
		assertThat(endorsed.json().path("endorsedByName").asString()).startsWith("Tour Person");
		assertThat(endorsed.json().path("endorsedAt").isNull()).isFalse();
		assertThat(sponsorApi.post("/api/v1/tours/wins/" + sharedId + "/endorsement", "{}").code())
			.isEqualTo("tour.win.alreadyEndorsed");
		assertThat(talent.get("/api/v1/tours/" + id + "/wins").body()).contains("\"endorsedByName\":\"Tour Person");

		// the talent publishes the manager's draft to the whole organisation: now the outsider sees it
		long draftVersion = talent.get("/api/v1/tours/wins/" + draftId).json().path("version").asLong();
		assertThat(manager.post("/api/v1/tours/wins/" + draftId + "/publish",
				TourFixtures.json(Map.of("audience", "ORGANISATION", "version", draftVersion))).status()).isEqualTo(403);
		ApiClient.Response published = talent.post("/api/v1/tours/wins/" + draftId + "/publish",
				TourFixtures.json(Map.of("audience", "ORGANISATION", "version", draftVersion)));
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().path("audience").asString()).isEqualTo("ORGANISATION");
		JsonNode feed = outsiderApi.get("/api/v1/tours/wins?size=200").json();
		assertThat(feed.toString()).contains(draftTitle).doesNotContain(sponsorWinTitle);
		assertThat(feed.path("items").get(0).path("tourId").isNull()).isTrue();
		// the alumni network is not staff: no feed at all
		assertThat(as("alumnus").get("/api/v1/tours/wins").status()).isEqualTo(403);
	}

	@Test
	void theFeedIsNewestFirstAndPaged() {
		TourTeam team = team();
		UUID id = TrackingFixtures.tourFor(team);
		activate(team, id);
		String older = "Older " + UUID.randomUUID();
		String newer = "Newer " + UUID.randomUUID();
		team.talentApi().post("/api/v1/tours/" + id + "/wins", win(older, "ORGANISATION", "2099-01-01"));
		team.talentApi().post("/api/v1/tours/" + id + "/wins", win(newer, "ORGANISATION", "2099-01-02"));

		JsonNode page = as("lead").get("/api/v1/tours/wins?page=0&size=1").json();

		assertThat(page.path("items")).hasSize(1);
		assertThat(page.path("items").get(0).path("title").asString()).isEqualTo(newer);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(as("lead").get("/api/v1/tours/wins?page=1&size=1").json().path("items").get(0).path("title")
			.asString()).isEqualTo(older);
	}

	@Test
	void theLeadSeesToursAtRisk() {
		TourTeam team = team();
		UUID id = TrackingFixtures.tourFor(team);
		// a tour whose first check-in is still weeks ahead
		UUID calm = TourActivation.activeTour(team, this.transactionManager, this.tourRepository, this.tours,
				TourFixtures.futureStart());
		activate(team, id);
		LocalDate start = LocalDate.parse(team.managerApi().get("/api/v1/tours/" + id).json().path("startOn").asString());
		team.talentApi().post("/api/v1/tours/" + id + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(10), 15, "OFF_TRACK", "Blocked")));

		List<AtRiskTour> atRisk = this.checkIns.atRiskTours(TourActivation.actorOf(this.accounts, "lead"));

		AtRiskTour found = atRisk.stream().filter((t) -> t.tourId().equals(TourId.of(id))).findFirst().orElseThrow();
		assertThat(found.status()).isEqualTo(CheckInStatus.OFF_TRACK);
		assertThat(found.talentName()).isEqualTo(team.talent().name());
		assertThat(found.lastCheckInOn()).isEqualTo(start.plusDays(10));
		assertThat(atRisk).noneMatch((t) -> t.tourId().equals(TourId.of(calm)));
		assertThatThrownBy(() -> this.checkIns.atRiskTours(TourActivation.actorOf(this.accounts, team.manager().username())))
			.isInstanceOf(PermissionDenied.class);
		assertThatThrownBy(() -> this.checkIns.atRiskTours(TourActivation.actorOf(this.accounts, "manager")))
			.isInstanceOf(PermissionDenied.class);
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** The tour runs, moved there by the team's manager. */
	private void activate(TourTeam team, UUID id) {
		TourActivation.activate(this.transactions, this.tourRepository, this.tours,
				TourActivation.actorOf(this.accounts, team.manager().username()), id);
	}

	private static String win(String title, String audience) {
		return win(title, audience, "2031-02-01");
	}

	private static String win(String title, String audience, String on) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("title", title);
		body.put("story", "What happened and why it matters.");
		body.put("wonOn", on);
		if (audience != null) {
			body.put("audience", audience);
		}
		return TourFixtures.json(body);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
