package io.cocareer.network.review;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.network.map.NetworkService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page: the talent lead's figures with a table under each chart, a filter that selects
 * fewer than k talents showing nothing but that, and every other role refused.
 */
@IntegrationTest
class NetworkReviewPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	TalentPoolService pool;

	@Autowired
	NetworkService network;

	@Test
	void theLeadSeesTheFiguresWithATableUnderEachAndNoOnesName() {
		ReviewWorld world = new ReviewWorld(this.people, this.pool, this.network);
		UUID unit = world.unit("Review page");
		world.talents(6, unit, DesignationReason.LONG_TERM_POTENTIAL, 2);

		WebSession.Page page = WebSession.signIn(this.port, "lead").get("/network/review?unitId=" + unit);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Network review", "id=\"figure-size\"", "id=\"reach-table\"",
				"id=\"arenas-table\"", "Talents per band: Developers", "Trends are kept for the whole organisation");
		assertThat(page.body()).doesNotContain("Rev Person", "Outside 0");
		assertThat(WebSession.signIn(this.port, "lead").get("/network/review").body()).contains("id=\"trends\"",
				"Download CSV", "Missing bridges between units");
	}

	@Test
	void aFilterOfFewerThanKTalentsShowsNothingButThat() {
		ReviewWorld world = new ReviewWorld(this.people, this.pool, this.network);
		UUID unit = world.unit("Review small");
		world.talents(4, unit, DesignationReason.IMMEDIATE_CONTRIBUTION, 3);

		WebSession.Page page = WebSession.signIn(this.port, "lead")
			.get("/network/review?unitId=" + unit + "&reason=IMMEDIATE_CONTRIBUTION");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Fewer than 5 talents with a map: nothing is shown")
			.doesNotContain("id=\"figure-size\"", "id=\"reach-table\"");
	}

	@Test
	void everyoneButTheLeadIsRefusedAndAnUnknownUnitIsNotFound() {
		for (String other : List.of("manager", "talent", "alumnus", "admin")) {
			WebSession session = WebSession.signIn(this.port, other);
			assertThat(session.get("/network/review").status()).as(other).isEqualTo(403);
			assertThat(session.get("/network/review/export.csv").status()).as(other).isEqualTo(403);
			assertThat(session.get("/").body()).as(other).doesNotContain("/network/review");
		}
		WebSession lead = WebSession.signIn(this.port, "lead");
		assertThat(lead.get("/").body()).contains("href=\"/network/review\"");
		assertThat(lead.get("/network/review?unitId=" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(lead.get("/network/review/export.csv").status()).isEqualTo(200);
	}

}
