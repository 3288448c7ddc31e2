package io.cocareer.tour;

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
		TourTeam team = team();
		UUID report = team.talent().personId();
		WebSession manager = team.managerSession();

		for (String query : List.of("?talentId=" + report, "?talentId=" + UUID.randomUUID(), "")) {
			WebSession.Page panel = manager.get("/tours/new/talent" + query);

			assertThat(panel.status()).as(query).isEqualTo(200);
			assertThat(panel.body()).as(query).contains("id=\"talent-profile-panel\"", NO_PROFILE);
		}
		assertThat(manager.get("/tours/new?talentId=" + report).status()).isEqualTo(200);
	}

	@Test
	void theTourPagesRenderForATalentWithoutProfileOrDesignation() {
		TourTeam team = team();
		UUID tour = TourFixtures.proposeTour(team);

		Map<String, WebSession> readers = Map.of("manager", team.managerSession(), "lead",
				WebSession.signIn(this.port, "lead"));
		readers.forEach((reader, session) -> {
			for (String page : TOUR_PAGES) {
				WebSession.Page shown = session.get("/tours/" + tour + page);

				assertThat(shown.status()).as(reader + " " + page).isEqualTo(200);
				assertThat(shown.body()).as(reader + " " + page).contains(NO_PROFILE);
			}
		});
	}

	@Test
	void theTourPagesShowTheProfileOfATalentWhoWroteOneWithoutADesignation() {
		TourTeam team = team();
		UUID report = team.talent().personId();
		Actor self = new Actor(AccountId.of(UUID.randomUUID()), team.talent().username(), PersonId.of(report),
				team.talent().name(), Set.of(Role.TALENT));
		this.talents.reviseProfile(self, report, new ProfileRevision(List.of("Curiosity"),
				"Run a customer discovery sprint", "Own a product line", List.of("Product owner"), null, null,
				List.of(), 0));
		UUID tour = TourFixtures.proposeTour(team);

		WebSession.Page panel = team.managerSession().get("/tours/new/talent?talentId=" + report);
		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).contains("Run a customer discovery sprint").doesNotContain(NO_PROFILE);
		Map<String, WebSession> readers = Map.of("manager", team.managerSession(), "lead",
				WebSession.signIn(this.port, "lead"));
		readers.forEach((reader, session) -> {
			for (String page : TOUR_PAGES) {
				WebSession.Page shown = session.get("/tours/" + tour + page);

				assertThat(shown.status()).as(reader + " " + page).isEqualTo(200);
				assertThat(shown.body()).as(reader + " " + page).contains("Run a customer discovery sprint");
			}
		});
		WebSession.Page own = team.talentSession().get("/tours/" + tour);
		assertThat(own.status()).isEqualTo(200);
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

}
