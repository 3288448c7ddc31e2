package io.cocareer.toolbox.guidance;

import org.junit.jupiter.api.Test;

import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guidance pages as the talent lead, a manager and a talent (the lead with the progress, the
 * others without), the card on the toolbox page, and the aside beside the pages that carry out a
 * step: the work packages (tours step 3) and the network map (networks steps 2 and 6).
 */
@IntegrationTest
class GuidancePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theLeadReadsWhenToUseAndEveryChecklistWithItsProgress() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page index = lead.get("/toolbox/guidance");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.body()).contains("When the co-creation approaches fit", "talents are highly mobile in a tight labour market",
				"boomeranging", "The classic toolbox", "Career counselling", "href=\"/toolbox/counselling\"",
				"href=\"/toolbox/guidance/tours-of-duty\"", "href=\"/tours\"", "href=\"/network\"", "href=\"/alumni\"",
				"href=\"/toolbox/diagnostic\"", "In place:");

		WebSession.Page tours = lead.get("/toolbox/guidance/tours-of-duty");
		assertThat(tours.status()).isEqualTo(200);
		assertThat(tours.body()).contains("Tours of duty", "Identify work packages worth a tour", "id=\"tours-of-duty-step-3\"",
				"href=\"/tours/packages\"", "href=\"/tours/overview\"", "Work packages open now", "step-status",
				"href=\"/toolbox/diagnostic\"", "href=\"/tours\" id=\"approach-home\"");
		assertThat(count(tours.body(), "class=\"badge ms-1 step-status")).as("a status for each of the seven steps")
			.isEqualTo(7);

		WebSession.Page networks = lead.get("/toolbox/guidance/open-developmental-networks");
		assertThat(networks.status()).isEqualTo(200);
		assertThat(networks.body()).contains("Map the current and the desired network", "href=\"/network/review\"",
				"Talents who share their network");
		WebSession.Page alumni = lead.get("/toolbox/guidance/alumni-and-boomerangs");
		assertThat(alumni.status()).isEqualTo(200);
		assertThat(alumni.body()).contains("At exit, agree how to stay connected", "Exits recorded",
				"href=\"/alumni/review\"");

		assertThat(lead.get("/toolbox/guidance/mentoring").status()).isEqualTo(404);
	}

	@Test
	void managersAndTalentsReadTheStepsWithoutProgress() {
		for (String user : new String[] { "manager", "talent" }) {
			WebSession session = WebSession.signIn(this.port, user);
			WebSession.Page index = session.get("/toolbox/guidance");
			assertThat(index.status()).as(user).isEqualTo(200);
			assertThat(index.body()).as(user).contains("When the co-creation approaches fit", "The classic toolbox")
				.doesNotContain("In place:");
			for (String slug : new String[] { "tours-of-duty", "open-developmental-networks", "alumni-and-boomerangs" }) {
				WebSession.Page page = session.get("/toolbox/guidance/" + slug);
				assertThat(page.status()).as(user + " " + slug).isEqualTo(200);
				assertThat(page.body()).as(user + " " + slug).contains("The seven steps", "Your part")
					.doesNotContain("step-status", "step-figure", "href=\"/network/review\"", "href=\"/alumni/review\"",
							"href=\"/tours/overview\"");
			}
		}
		WebSession.Page talentTours = WebSession.signIn(this.port, "talent").get("/toolbox/guidance/tours-of-duty");
		assertThat(talentTours.body()).contains("href=\"/talents/me\"").doesNotContain("href=\"/talents\"");
		// the packaged jar's crawl found these links refused: a talent may not plan rotations, the
		// talent lead keeps no development plan of their own, and repatriation has no list page
		WebSession.Page talentIndex = WebSession.signIn(this.port, "talent").get("/toolbox/guidance");
		assertThat(talentIndex.body()).contains("href=\"/toolbox/mentoring\"").doesNotContain("href=\"/toolbox/rotation\"");
		assertThat(WebSession.signIn(this.port, "lead").get("/toolbox/guidance/open-developmental-networks").body())
			.doesNotContain("href=\"/network/plan\"");
		assertThat(WebSession.signIn(this.port, "lead").get("/toolbox/guidance/alumni-and-boomerangs").body())
			.doesNotContain("href=\"/alumni/repatriation\"").contains("href=\"/alumni/reentry\"");
	}

	@Test
	void theToolboxPageHasTheGuidanceCard() {
		for (String user : new String[] { "lead", "manager", "talent" }) {
			WebSession.Page hub = WebSession.signIn(this.port, user).get("/toolbox");
			assertThat(hub.status()).as(user).isEqualTo(200);
			assertThat(hub.body()).as(user).contains("id=\"guidance-card\"", "href=\"/toolbox/guidance\"");
		}
	}

	@Test
	void thePagesThatCarryOutAStepShowItInACollapsedAside() {
		WebSession talent = WebSession.signIn(this.port, "talent");
		WebSession.Page packages = talent.get("/tours/packages");
		assertThat(packages.status()).isEqualTo(200);
		assertThat(packages.body()).contains("<aside class=\"page-guidance", "<details", "How this page follows the toolbox",
				"Step 3 of Tours of duty", "Identify work packages worth a tour",
				"href=\"/toolbox/guidance/tours-of-duty#tours-of-duty-step-3\"")
			.doesNotContain("<details open");
		assertThat(packages.body()).as("no progress for a talent").doesNotContain("text-bg-warning\">Under way");

		WebSession.Page network = talent.get("/network");
		assertThat(network.status()).isEqualTo(200);
		assertThat(network.body()).contains("Step 2 of Open developmental networks", "Step 6 of Open developmental networks");

		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page leadPackages = lead.get("/tours/packages");
		assertThat(leadPackages.body()).contains("Step 3 of Tours of duty").containsPattern(
				"data-step=\"tours-of-duty-step-3\"[\\s\\S]*?(Under way|In place|Not started)");

		WebSession.Page home = talent.get("/");
		assertThat(home.body()).as("the home carries out no step").doesNotContain("page-guidance");
		assertThat(WebSession.signIn(this.port, "admin").get("/").body()).doesNotContain("page-guidance");
	}

	@Test
	void administratorsAndAlumniDoNotReachTheGuidance() {
		assertThat(WebSession.signIn(this.port, "admin").get("/toolbox/guidance").status()).isEqualTo(403);
		assertThat(WebSession.signIn(this.port, "alumnus").get("/toolbox/guidance/tours-of-duty").status()).isEqualTo(403);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

}
