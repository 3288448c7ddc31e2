package io.cocareer.network.review;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's review shows figures: the generator gave each of the demo's talents a map, and the
 * ten story maps (Tara's among them) replaced theirs rather than adding to them.
 */
@IntegrationTest
class NetworkReviewDemoIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoReviewShowsFiguresAndTarasMapIsHerStory() {
		JsonNode review = ApiClient.as(this.port, "lead", "demo").get("/api/v1/networks/review").json();

		assertThat(review.path("shown").asBoolean()).isTrue();
		assertThat(review.path("talents").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(NetworkReviewApiIntegrationTests.band(NetworkReviewApiIntegrationTests.figure(review, "externalReach"),
				"reached")).isNotNull().isPositive();

		// last month's figures were kept before the story maps replaced ten generated ones
		assertThat(review.path("trend").path("since").asString()).isNotBlank();
		assertThat(review.path("trend").path("rows")).isNotEmpty();
		assertThat(review.path("recommendations").toString()).doesNotContain("{");
		// a figure kept whole adds up to the talents then; a hidden count stays hidden (null), never 0
		java.util.Map<String, Long> sums = new java.util.HashMap<>();
		java.util.Set<String> withHidden = new java.util.HashSet<>();
		long talentsThen = review.path("trend").path("rows").get(0).path("thenTalents").asLong();
		review.path("trend").path("rows").forEach((row) -> {
			String figure = row.path("figure").asString();
			if (row.path("then").isNull()) {
				withHidden.add(figure);
			}
			sums.merge(figure, row.path("then").asLong(), Long::sum);
			// now minus then never shows that 1 to 4 talents moved
			if (!row.path("then").isNull() && !row.path("now").isNull()) {
				assertThat(Math.abs(row.path("now").asLong() - row.path("then").asLong())).as(figure)
					.satisfiesAnyOf((d) -> assertThat(d).isZero(), (d) -> assertThat(d).isGreaterThanOrEqualTo(5L));
			}
		});
		sums.forEach((figure, sum) -> {
			if (!withHidden.contains(figure) && !figure.startsWith("arena.") && !figure.equals("talents")) {
				assertThat(sum).as(figure).isEqualTo(talentsThen);
			}
		});

		JsonNode tara = ApiClient.as(this.port, "talent", "demo").get("/api/v1/me/network").json();
		assertThat(tara.path("developers").toString()).contains("Helena Brandt");
		assertThat(tara.path("developers").size()).isBetween(8, 12);
	}

}
