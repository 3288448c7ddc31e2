package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in and wins pages over real HTTP: the rules of the API, and errors next to the fields. */
@IntegrationTest
class TourTrackingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Test
	void theTalentChecksInAndTheManagerCompletesTheCheckIn() {
		TourTeam team = team();
		UUID id = runningTour(team, team.manager().employeeId());
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();
		WebSession talent = team.talentSession();
		WebSession.Page page = talent.get("/tours/" + id + "/check-ins");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"check-in-form\"", "id=\"next-due\"", "id=\"talent-profile-panel\"",
				"id=\"ask-coaching\"");

		Map<String, String> fields = new HashMap<>(Map.of("heldOn", start.plusDays(14).toString(), "progress", "150",
				"status", "AT_RISK", "milestones", "[x] Prototype\nPilot", "note", "Slower than hoped"));
		WebSession.Page refused = talent.post("/tours/" + id + "/check-ins", page, fields);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Between 0 and 100 %.", "is-invalid", "Slower than hoped");

		fields.put("progress", "35");
		fields.put("heldOn", LocalDate.now().plusDays(1).toString());
		WebSession.Page future = talent.post("/tours/" + id + "/check-ins", page, fields);
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.body()).containsPattern("id=\"heldOn\"[^>]*is-invalid|is-invalid[^>]*id=\"heldOn\"")
			.contains("is in the future");

		fields.put("heldOn", start.plusDays(14).toString());
		WebSession.Page saved = talent.post("/tours/" + id + "/check-ins", page, fields);
		assertThat(saved.status()).isEqualTo(302);
		WebSession.Page shown = talent.get("/tours/" + id + "/check-ins");
		assertThat(shown.body()).contains("Slower than hoped", "☑", "Prototype", "Awaiting the other note");

		WebSession manager = team.managerSession();
		WebSession.Page managers = manager.get("/tours/" + id + "/check-ins");
		tools.jackson.databind.JsonNode checkIn = team.managerApi()
			.get("/api/v1/tours/" + id + "/check-ins")
			.json()
			.path("checkIns")
			.get(0);
		String checkInId = checkIn.path("id").asString();
		assertThat(manager.post("/tours/" + id + "/check-ins/" + checkInId + "/note", managers,
				Map.of("note", "Let us talk access", "version", checkIn.path("version").asString())).status())
			.isEqualTo(302);
		assertThat(talent.get("/tours/" + id + "/check-ins").body()).contains("Let us talk access")
			.doesNotContain("Awaiting the other note");
		WebSession.Page ics = talent.get("/tours/" + id + "/check-ins.ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.body()).contains("BEGIN:VCALENDAR", "checkin-" + id);
	}

	@Test
	void theSponsorSeesTheSharedWinInTheFeedButNoneOfTheTourPages() {
		String sponsor = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.TALENT);
		TourTeam team = team();
		UUID id = runningTour(team, TrackingFixtures.employeeIdOf(this.port, sponsor, TourTestPeople.PASSWORD));
		WebSession talent = team.talentSession();
		WebSession.Page winsPage = talent.get("/tours/" + id + "/wins");
		assertThat(winsPage.body()).contains("id=\"win-form\"", "Only the sponsor");

		WebSession.Page noAudience = talent.post("/tours/" + id + "/wins", winsPage,
				Map.of("title", "x", "story", "y", "wonOn", "2031-02-01"));
		assertThat(noAudience.body()).contains("Choose who sees the win.");

		String sponsorOnly = "For the sponsor " + UUID.randomUUID();
		String everyone = "For everyone " + UUID.randomUUID();
		talent.post("/tours/" + id + "/wins", winsPage,
				Map.of("title", sponsorOnly, "story", "Story", "wonOn", "2031-02-01", "audience", "SPONSOR"));
		talent.post("/tours/" + id + "/wins", winsPage,
				Map.of("title", everyone, "story", "Story", "wonOn", "2031-02-02", "audience", "ORGANISATION"));

		WebSession sponsorSession = WebSession.signIn(this.port, sponsor, TourTestPeople.PASSWORD);
		WebSession.Page feed = sponsorSession.get("/tours/wins");
		assertThat(feed.body()).contains(sponsorOnly, everyone, "class=\"btn btn-sm btn-outline-success endorse\"");
		for (String path : new String[] { "", "/check-ins", "/wins", "/check-ins.ics" }) {
			assertThat(sponsorSession.get("/tours/" + id + path).status()).as(path).isEqualTo(404);
		}
		WebSession outsiderSession = WebSession.signIn(this.port, outsider, TourTestPeople.PASSWORD);
		assertThat(outsiderSession.get("/tours/wins").body()).contains(everyone).doesNotContain(sponsorOnly);
		assertThat(outsiderSession.get("/tours/" + id + "/wins").status()).isEqualTo(404);
		// nor the demo's manager and talent, who are no part of this tour
		for (String other : new String[] { "manager", "talent" }) {
			WebSession otherSession = WebSession.signIn(this.port, other);
			assertThat(otherSession.get("/tours/wins").body()).as(other).doesNotContain(sponsorOnly);
			assertThat(otherSession.get("/tours/" + id + "/wins").status()).as(other).isEqualTo(404);
		}
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** A running tour of the team's from a package with this sponsor, moved there by the team's manager. */
	private UUID runningTour(TourTeam team, String sponsorEmployeeId) {
		UUID id = TrackingFixtures.tourFor(team, sponsorEmployeeId);
		TourActivation.activate(this.transactions, this.tourRepository, this.tours,
				TourActivation.actorOf(this.accounts, team.manager().username()), id);
		return id;
	}

}
