package io.cocareer.toolbox.rotation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's rotation plans, loaded with the demo's tours into an empty database of their own: a
 * plan confirmed weeks ago whose tours are proposed (Tara's among them, which she sees on the
 * tours' side), a draft ready to confirm, both read by the demo manager for their reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cocareer.demo.tours=true", "cocareer.mail.enabled=false" })
class RotationDemoIntegrationTests {

	private static final String H2 = "jdbc:h2:mem:demo-rotation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> H2);
	}

	@Test
	void aConfirmedPlanWithItsToursAndADraftReadyToConfirm() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		JsonNode plans = lead.get("/api/v1/toolbox/rotation/plans").json();
		assertThat(plans).hasSize(2);
		List<String> statuses = new ArrayList<>();
		plans.forEach((p) -> statuses.add(p.path("status").asString()));
		assertThat(statuses).containsExactlyInAnyOrder("CONFIRMED", "DRAFT");
		JsonNode confirmed = null;
		JsonNode draft = null;
		for (JsonNode p : plans) {
			JsonNode plan = lead.get("/api/v1/toolbox/rotation/plans/" + p.path("id").asString()).json();
			if (p.path("status").asString().equals("CONFIRMED")) {
				confirmed = plan;
			}
			else {
				draft = plan;
			}
		}
		assertThat(confirmed.path("pairs")).isNotEmpty();
		confirmed.path("pairs").forEach((pair) -> assertThat(pair.path("tourId").asString()).isNotBlank());
		assertThat(draft.path("mayConfirm").asBoolean()).isTrue();
		assertThat(draft.path("rules")).isNotEmpty();

		String tara = io.cocareer.tour.TourFixtures.personOf(this.port, "talent").toString();
		String taraTour = null;
		for (JsonNode pair : confirmed.path("pairs")) {
			if (pair.path("personId").asString().equals(tara)) {
				taraTour = pair.path("tourId").asString();
			}
		}
		assertThat(taraTour).as("Tara's tour from the confirmed plan").isNotNull();
		assertThat(ApiClient.as(this.port, "talent", "demo").get("/api/v1/tours/" + taraTour).status()).isEqualTo(200);

		assertThat(ApiClient.as(this.port, "manager", "demo").get("/api/v1/toolbox/rotation/plans").json()).isNotEmpty();
		WebSession page = WebSession.signIn(this.port, "lead", "demo");
		assertThat(page.get("/toolbox/rotation").body()).contains("Spring rotation", "Autumn rotation");
	}

}
