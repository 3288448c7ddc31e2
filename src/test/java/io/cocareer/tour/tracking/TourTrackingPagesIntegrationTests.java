package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
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
		UUID id = runningTour(TourFixtures.employeeIdOf(this.port, "manager"));
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();
		WebSession talent = WebSession.signIn(this.port, "talent");
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

		WebSession manager = WebSession.signIn(this.port, "manager");
		WebSession.Page managers = manager.get("/tours/" + id + "/check-ins");
		tools.jackson.databind.JsonNode checkIn = ApiClient.as(this.port, "manager", "demo")
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
		UUID id = runningTour(TrackingFixtures.employeeIdOf(this.port, sponsor, TourTestPeople.PASSWORD));
		WebSession talent = WebSession.signIn(this.port, "talent");
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
	}

	private UUID runningTour(String sponsorEmployeeId) {
		UUID id = TrackingFixtures.tourForTara(this.port, sponsorEmployeeId);
		TourActivation.activate(this.transactions, this.tourRepository, this.tours,
				TourActivation.actorOf(this.accounts, "manager"), id);
		return id;
	}

}
