package io.cocareer.home;

import org.junit.jupiter.api.Test;

import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo role lands on a home page made for it, with real figures from the demo organisation. */
@IntegrationTest
class HomePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theTalentLeadSeesTheProgrammeOverviewWithPoolFiguresAndThe9Box() {
		String page = WebSession.signIn(this.port, "lead").get("/").body();

		assertThat(page).contains("Programme overview", "Talents in the pool", "Performance and potential",
				"Future leader", "Designated for long-term potential", "Engineering");
	}

	@Test
	void theManagerSeesTheirTeamWithTheTalentsAmongThem() {
		WebSession manager = WebSession.signIn(this.port, "manager");
		String page = manager.get("/").body();

		assertThat(page).contains("My team", "Tara Nguyen", "In the talent pool", "Open profile");
		assertThat(manager.get("/team").body()).contains("Tara Nguyen");
	}

	@Test
	void theTalentSeesTheirSpaceWithHowCompleteTheirProfileIs() {
		String page = WebSession.signIn(this.port, "talent").get("/").body();

		assertThat(page).contains("My space", "Marco Rossi", "% complete", "Open my profile");
	}

	@Test
	void theAlumnusSeesTheirTimeWithUsAndHowToStayInTouch() {
		String page = WebSession.signIn(this.port, "alumnus").get("/").body();

		assertThat(page).contains("Alumni space", "Your time with us", "Left for a start-up", "Consent and my data");
		// the work email on file is not how an alumnus is contacted: the portal's consent card says how
		assertThat(page).doesNotContain("Contact on file");
		assertThat(page).doesNotContain("Talent pool");
	}

	@Test
	void theAdministratorSeesAccountsAndRecentChanges() {
		String page = WebSession.signIn(this.port, "admin").get("/").body();

		assertThat(page).contains("Administration overview", "Manage accounts", "Recent changes");
	}

	@Test
	void onlyManagersHaveATeamPage() {
		WebSession talent = WebSession.signIn(this.port, "talent");

		assertThat(talent.get("/team").status()).isEqualTo(403);
	}

}
