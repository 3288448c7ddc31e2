package io.cocareer.tour;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.talent.profile.ProfileRevision;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Know the talent" panel and the tour pages that keep it beside them, for a talent with a
 * complete profile, one without any profile and one with a profile but no designation: each page
 * renders (it answered 500 for all of them), and shows the profile when there is one.
 */
@IntegrationTest
class TalentPanelPagesIntegrationTests {

	private static final String NO_PROFILE = "No profile yet";

	private static final List<String> TOUR_PAGES = List.of("", "/plan", "/mission", "/check-ins", "/agreement");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentProfileService talents;

	@Test
	void thePanelShowsTheCompleteProfileOfTaraToHerManagerAndTheLead() {
		UUID tara = TourFixtures.personOf(this.port, "talent");

		for (String reader : List.of("manager", "lead")) {
			WebSession.Page panel = WebSession.signIn(this.port, reader).get("/tours/new/talent?talentId=" + tara);

			assertThat(panel.status()).as(reader).isEqualTo(200);
			assertThat(panel.body()).as(reader)
				.contains("id=\"talent-profile-panel\"", "Lead a cross-team initiative")
				.doesNotContain(NO_PROFILE);
		}
	}

	@Test
	void thePanelSaysSoForSomeoneWithoutAProfileAndForNobody() {
		UUID managerId = TourFixtures.personOf(this.port, "manager");
		UUID report = TourTestPeople.newPerson(this.people, managerId);
		WebSession manager = WebSession.signIn(this.port, "manager");

		for (String query : List.of("?talentId=" + report, "?talentId=" + UUID.randomUUID(), "")) {
			WebSession.Page panel = manager.get("/tours/new/talent" + query);

			assertThat(panel.status()).as(query).isEqualTo(200);
			assertThat(panel.body()).as(query).contains("id=\"talent-profile-panel\"", NO_PROFILE);
		}
		assertThat(manager.get("/tours/new?talentId=" + report).status()).isEqualTo(200);
	}

	@Test
	void theTourPagesRenderForATalentWithoutProfileOrDesignation() {
		UUID managerId = TourFixtures.personOf(this.port, "manager");
		UUID report = TourTestPeople.newPerson(this.people, managerId);
		UUID tour = proposeFor(report);

		for (String reader : List.of("manager", "lead")) {
			WebSession session = WebSession.signIn(this.port, reader);
			for (String page : TOUR_PAGES) {
				WebSession.Page shown = session.get("/tours/" + tour + page);

				assertThat(shown.status()).as(reader + " " + page).isEqualTo(200);
				assertThat(shown.body()).as(reader + " " + page).contains(NO_PROFILE);
			}
		}
	}

	@Test
	void theTourPagesShowTheProfileOfATalentWhoWroteOneWithoutADesignation() {
		UUID managerId = TourFixtures.personOf(this.port, "manager");
		String username = TourTestPeople.newAccount(this.people, this.accounts, managerId, Role.TALENT);
		UUID report = this.accounts.findByUsername(username).orElseThrow().personId();
		Actor self = new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(report), username, Set.of(Role.TALENT));
		this.talents.reviseProfile(self, report, new ProfileRevision(List.of("Curiosity"),
				"Run a customer discovery sprint", "Own a product line", List.of("Product owner"), null, null,
				List.of(), 0));
		UUID tour = proposeFor(report);

		WebSession.Page panel = WebSession.signIn(this.port, "manager").get("/tours/new/talent?talentId=" + report);
		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).contains("Run a customer discovery sprint").doesNotContain(NO_PROFILE);
		for (String reader : List.of("manager", "lead")) {
			WebSession session = WebSession.signIn(this.port, reader);
			for (String page : TOUR_PAGES) {
				WebSession.Page shown = session.get("/tours/" + tour + page);

				assertThat(shown.status()).as(reader + " " + page).isEqualTo(200);
				assertThat(shown.body()).as(reader + " " + page).contains("Run a customer discovery sprint");
			}
		}
		WebSession.Page own = WebSession.signIn(this.port, username, TourTestPeople.PASSWORD).get("/tours/" + tour);
		assertThat(own.status()).isEqualTo(200);
	}

	private UUID proposeFor(UUID talentId) {
		LocalDate start = TourFixtures.freshWindow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", talentId.toString());
		body.put("title", "Panel tour " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("startOn", start.toString());
		body.put("endOn", start.plusMonths(6).toString());
		body.put("timeShare", 30);
		ApiClient.Response created = ApiClient.as(this.port, "manager", "demo")
			.post("/api/v1/tours", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

}
