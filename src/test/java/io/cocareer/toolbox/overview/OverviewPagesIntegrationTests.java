package io.cocareer.toolbox.overview;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's pages as the talent lead, a manager and a talent: the toolbox card, the
 * programme overview (the lead's alone) with its figures, charts and exports, and the infographics
 * page with its preview and downloads (the organisation's versions the lead's alone).
 */
@IntegrationTest
class OverviewPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theLeadSeesTheOverviewWithItsPartsChartsAndExports() {
		WebSession lead = WebSession.signIn(this.port, "lead");

		WebSession.Page toolbox = lead.get("/toolbox");
		assertThat(toolbox.status()).isEqualTo(200);
		assertThat(toolbox.body()).contains("overview-card", "Programme overview and infographics",
				"href=\"/toolbox/overview\"", "href=\"/toolbox/infographic\"");

		WebSession.Page page = lead.get("/toolbox/overview");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Programme overview", "part-talents", "part-tours", "part-network", "part-alumni",
				"part-diagnostic", "Talents in the pool", "Active tours of duty", "Boomerang rate",
				"href=\"/tours/overview\"", "href=\"/network/review\"", "href=\"/alumni/review\"",
				"Fit of tours of duty", "chart-tours", "chart-people", "data-chart=", "/js/toolbox-overview",
				"/dist/chart.umd", "/toolbox/overview/export/figures.csv",
				"/toolbox/overview/export/tours.csv", "/toolbox/overview/export/people.csv");
		assertThat(page.body()).doesNotContain("<script>");

		WebSession.Page csv = lead.get("/toolbox/overview/export/tours.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("month,TOUR_STARTED,TOUR_COMPLETED,note");

		WebSession.Page infographic = lead.get("/toolbox/infographic?kind=approaches&variant=organisation");
		assertThat(infographic.status()).isEqualTo(200);
		assertThat(infographic.body()).contains("infographic-preview",
				"/toolbox/infographic.svg?kind=approaches&amp;variant=organisation",
				"/toolbox/infographic.pdf?kind=toolbox&amp;variant=organisation&amp;paper=A4",
				"/toolbox/infographic.pdf?kind=approaches&amp;variant=generic&amp;paper=LETTER", "With our figures");

		WebSession.Page svg = lead.get("/toolbox/infographic.svg?kind=approaches&variant=organisation");
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.body()).contains("<svg", "data-figure=\"talents.pool\"", "How to use Tours of");
		assertThat(lead.get("/toolbox/infographic.pdf?kind=toolbox&variant=organisation&paper=LETTER").status())
			.isEqualTo(200);
	}

	@Test
	void managersAndTalentsSeeTheInfographicsButNotTheOverview() {
		for (String user : List.of("manager", "talent")) {
			WebSession session = WebSession.signIn(this.port, user);

			WebSession.Page toolbox = session.get("/toolbox");
			assertThat(toolbox.status()).isEqualTo(200);
			assertThat(toolbox.body()).contains("overview-card", "href=\"/toolbox/infographic\"")
				.doesNotContain("href=\"/toolbox/overview\"");

			WebSession.Page infographic = session.get("/toolbox/infographic");
			assertThat(infographic.status()).isEqualTo(200);
			assertThat(infographic.body()).contains("infographic-preview", "What is in the toolbox and when to use it",
					"/toolbox/infographic.pdf?kind=approaches&amp;variant=generic&amp;paper=A4",
					"The versions with the organisation")
				.doesNotContain("variant=organisation");
			// asking for the organisation's version shows the generic one
			assertThat(session.get("/toolbox/infographic?variant=organisation").body())
				.contains("/toolbox/infographic.svg?kind=toolbox&amp;variant=generic");

			assertThat(session.get("/toolbox/infographic.svg?kind=toolbox").status()).isEqualTo(200);
			assertThat(session.get("/toolbox/infographic.svg?variant=organisation").status()).isEqualTo(403);
			assertThat(session.get("/toolbox/infographic.pdf?paper=A3").status()).isEqualTo(400);
			assertThat(session.get("/toolbox/overview").status()).isEqualTo(403);
			assertThat(session.get("/toolbox/overview/export/figures.csv").status()).isEqualTo(403);
		}
	}

}
