package io.cocareer.alumni;

import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alumni programme's page gathers a card from each part the reader works with: the talent
 * lead every part, a manager and a talent only theirs; administrators do not reach it, and an
 * alumnus has the portal instead.
 */
@IntegrationTest
class AlumniHubIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theTalentLeadFindsEveryPartOfTheProgrammeOnOnePage() {
		String page = WebSession.signIn(this.port, "lead").get("/alumni").body();
		assertThat(page).contains("id=\"mobility-card\"", "id=\"entry-card\"", "id=\"conversations-card\"",
				"id=\"exits-card\"", "id=\"alumni-card\"", "id=\"posts-card\"", "id=\"reentry-card\"", "id=\"review-card\"",
				"href=\"/alumni/exit-reasons\"", "href=\"/alumni/entry/coverage\"", "href=\"/mobility/edit\"");
	}

	@Test
	void aTalentAndAManagerFindOnlyTheirPartsAndAnAdministratorNone() {
		String talent = WebSession.signIn(this.port, "talent").get("/alumni").body();
		assertThat(talent).contains("id=\"mobility-card\"", "href=\"/mobility/horizon\"", "id=\"entry-card\"",
				"id=\"conversations-card\"");
		assertThat(talent).doesNotContain("id=\"exits-card\"", "id=\"alumni-card\"", "id=\"posts-card\"",
				"id=\"reentry-card\"", "id=\"review-card\"", "/alumni/entry/coverage", "/mobility/horizons", "/mobility/edit");

		String manager = WebSession.signIn(this.port, "manager").get("/alumni").body();
		assertThat(manager).contains("id=\"exits-card\"", "href=\"/mobility/horizons\"", "id=\"conversations-card\"");
		assertThat(manager).doesNotContain("id=\"alumni-card\"", "id=\"posts-card\"", "/alumni/exit-reasons",
				"/alumni/entry/coverage", "/mobility/edit");

		assertThat(WebSession.signIn(this.port, "admin").get("/alumni").status()).isEqualTo(403);
	}

}
