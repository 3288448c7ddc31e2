package io.cocareer.tour.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CharterIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyoneOnTheStaffReadsTheCharterWhichSaysThereIsNoLifetimeEmployment() {
		for (String user : new String[] { "lead", "manager", "talent", "admin" }) {
			ApiClient.Response charter = ApiClient.as(this.port, user, "demo").get("/api/v1/tours/charter");

			assertThat(charter.status()).as(user).isEqualTo(200);
			assertThat(charter.json().path("body").asString()).contains("lifetime employment", "lifetime loyalty");
			assertThat(charter.json().path("current").asBoolean()).isTrue();
		}
		assertThat(ApiClient.as(this.port, "lead", "demo").get("/api/v1/tours/charter/versions/1").json().path("author")
			.asString()).isEqualTo("system");
	}

	@Test
	void onlyTheTalentLeadChangesTheCharter() {
		for (String user : new String[] { "manager", "talent", "admin" }) {
			JsonNode current = ApiClient.as(this.port, user, "demo").get("/api/v1/tours/charter").json();
			ApiClient.Response refused = ApiClient.as(this.port, user, "demo")
				.put("/api/v1/tours/charter", TourFixtures
					.json(Map.of("body", "We promise nothing.", "version", current.path("version").asInt())));

			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("tour.denied.charterLeadOnly");
		}
	}

	@Test
	void everySaveIsANewVersionAndEarlierVersionsStayReadable() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		JsonNode before = lead.get("/api/v1/tours/charter").json();
		int previous = before.path("version").asInt();
		String body = before.path("body").asString() + "\n\nReviewed " + System.nanoTime() + ".";

		ApiClient.Response saved = lead.put("/api/v1/tours/charter",
				TourFixtures.json(Map.of("body", body, "version", previous)));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(previous + 1);
		assertThat(saved.json().path("author").asString()).isEqualTo("Hannah Berger");
		assertThat(lead.get("/api/v1/tours/charter").json().path("body").asString()).isEqualTo(body);

		JsonNode old = lead.get("/api/v1/tours/charter/versions/" + previous).json();
		assertThat(old.path("body").asString()).isEqualTo(before.path("body").asString());
		assertThat(old.path("current").asBoolean()).isFalse();
		assertThat(lead.get("/api/v1/tours/charter/versions").json().get(0).path("version").asInt())
			.isEqualTo(previous + 1);
	}

	@Test
	void aSaveFromAnOutdatedVersionIsRefused() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		JsonNode current = lead.get("/api/v1/tours/charter").json();
		String body = current.path("body").asString();
		lead.put("/api/v1/tours/charter",
				TourFixtures.json(Map.of("body", body, "version", current.path("version").asInt())));

		ApiClient.Response stale = lead.put("/api/v1/tours/charter",
				TourFixtures.json(Map.of("body", body + " Again.", "version", current.path("version").asInt())));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
	}

	@Test
	void anEmptyCharterIsRefused() {
		ApiClient.Response refused = ApiClient.as(this.port, "lead", "demo")
			.put("/api/v1/tours/charter", TourFixtures.json(Map.of("body", "  ")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void theTourTypesComeWithTheirTypicalLengths() {
		JsonNode types = ApiClient.as(this.port, "talent", "demo").get("/api/v1/tours/types").json();

		assertThat(types.toString()).contains("ROTATIONAL", "TRANSFORMATIONAL", "FOUNDATIONAL");
		assertThat(types.get(1).path("typicalMinMonths").asInt()).isEqualTo(24);
		assertThat(types.get(2).path("openEnded").asBoolean()).isTrue();
	}

}
