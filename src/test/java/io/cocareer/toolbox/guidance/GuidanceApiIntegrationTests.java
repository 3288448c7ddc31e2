package io.cocareer.toolbox.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guidance over JSON: every approach's seven steps with their words and screens; the talent
 * lead's statuses and figures computed from real data (publishing a work package through the
 * catalogue's API moves the open packages' figure, closing it moves it back); managers and talents
 * see the steps without progress and only the screens they may open; the gate keeps
 * administrators, alumni and anonymous callers out; an unknown approach is a 404 with its code.
 */
@IntegrationTest
class GuidanceApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theLeadReadsEveryApproachWithItsSevenStepsAndTheirProgress() {
		ApiClient.Response response = ApiClient.as(this.port, "lead", "demo").get("/api/v1/toolbox/guidance");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode approaches = response.json();
		assertThat(approaches.size()).isEqualTo(3);
		assertThat(approaches.get(0).path("approach").asString()).isEqualTo("TOURS_OF_DUTY");
		assertThat(approaches.get(0).path("guidance").asString()).isEqualTo("/toolbox/guidance/tours-of-duty");
		assertThat(approaches.get(0).path("home").asString()).isEqualTo("/tours");
		for (JsonNode approach : approaches) {
			JsonNode steps = approach.path("steps");
			assertThat(steps.size()).as(approach.path("approach").asString()).isEqualTo(7);
			for (int i = 0; i < 7; i++) {
				JsonNode step = steps.get(i);
				assertThat(step.path("number").asInt()).isEqualTo(i + 1);
				assertThat(step.path("title").asString()).isNotBlank().doesNotStartWith("toolbox.guidance");
				assertThat(step.path("how").asString()).isNotBlank().doesNotStartWith("toolbox.guidance");
				assertThat(step.path("status").asString()).isIn("NOT_STARTED", "UNDER_WAY", "IN_PLACE");
				assertThat(step.path("figure").path("key").asString()).startsWith("guidance.");
			}
		}
		JsonNode packages = approaches.get(0).path("steps").get(2);
		assertThat(packages.path("title").asString()).isEqualTo("Identify work packages worth a tour");
		assertThat(packages.path("screens").get(0).path("path").asString()).isEqualTo("/tours/packages");
		assertThat(packages.path("figure").path("key").asString()).isEqualTo("guidance.package_open");
		assertThat(packages.path("figure").path("tooFewToShow").asBoolean()).as("packages are not people").isFalse();
	}

	@Test
	void theDemoShowsRealProgressInEveryApproach() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		String statuses = statuses(lead);
		while (statuses.contains("NONE") && Instant.now().isBefore(until)) {
			sleep();
			statuses = statuses(lead);
		}
		System.out.println("Guidance on the demo: " + statuses);
		assertThat(statuses).as("every approach has a step under way or in place on the demo").doesNotContain("NONE");
	}

	/** Per approach, its seven statuses, or NONE when none has started. */
	private static String statuses(ApiClient lead) {
		StringBuilder all = new StringBuilder();
		for (JsonNode approach : lead.get("/api/v1/toolbox/guidance").json()) {
			StringBuilder line = new StringBuilder();
			boolean started = false;
			for (JsonNode step : approach.path("steps")) {
				String status = step.path("status").asString();
				started |= !"NOT_STARTED".equals(status);
				line.append(step.path("number").asInt()).append('=').append(status).append('(')
					.append(step.path("figure").path("value").isNull() ? "-" : step.path("figure").path("value").asString())
					.append(") ");
			}
			all.append(approach.path("approach").asString()).append(": ").append(started ? line : "NONE").append("; ");
		}
		return all.toString();
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void publishingAWorkPackageMovesToursStepThreeAndClosingItMovesItBack() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		long before = openPackages(lead);
		ApiClient.Response created = lead.post("/api/v1/work-packages",
				TourFixtures.json(TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("id").asString());
		assertThat(openPackages(lead)).as("a draft is not open").isEqualTo(before);

		ApiClient.Response opened = TourFixtures.packageStatus(this.port, lead, id, "OPEN");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(eventually(() -> openPackages(lead), before + 1)).isEqualTo(before + 1);
		JsonNode step = tours(lead).path("steps").get(2);
		assertThat(step.path("status").asString()).as("open work packages exist").isIn("UNDER_WAY", "IN_PLACE");

		ApiClient.Response closed = TourFixtures.packageStatus(this.port, lead, id, "CLOSED");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(eventually(() -> openPackages(lead), before)).isEqualTo(before);
	}

	@Test
	void managersAndTalentsReadTheStepsWithoutProgressAndOnlyTheirScreens() {
		for (String user : new String[] { "manager", "talent" }) {
			ApiClient.Response response = ApiClient.as(this.port, user, "demo").get("/api/v1/toolbox/guidance");
			assertThat(response.status()).as(user).isEqualTo(200);
			for (JsonNode approach : response.json()) {
				assertThat(approach.path("fit").isNull()).isTrue();
				for (JsonNode step : approach.path("steps")) {
					assertThat(step.path("status").isNull()).as(user + " sees no progress").isTrue();
					assertThat(step.path("figure").isNull()).as(user + " sees no figure").isTrue();
					for (JsonNode screen : step.path("screens")) {
						assertThat(screen.path("path").asString()).as(user)
							.isNotIn("/network/review", "/alumni/review", "/tours/overview", "/network/fund", "/talents",
									"/alumni/entry/coverage", "/alumni/exit-reasons");
					}
				}
			}
		}
		JsonNode talentNetworks = ApiClient.as(this.port, "talent", "demo")
			.get("/api/v1/toolbox/guidance/open-developmental-networks").json();
		assertThat(talentNetworks.path("steps").get(0).path("yours").asBoolean()).as("recruiting is not a talent's")
			.isFalse();
		assertThat(talentNetworks.path("steps").get(0).path("screens").size()).isZero();
		assertThat(talentNetworks.path("steps").get(1).path("yours").asBoolean()).as("their own map").isTrue();
		JsonNode managerNetworks = ApiClient.as(this.port, "manager", "demo")
			.get("/api/v1/toolbox/guidance/OPEN_DEVELOPMENTAL_NETWORKS").json();
		assertThat(managerNetworks.path("steps").get(0).path("screens").get(0).path("path").asString())
			.isEqualTo("/network/candidates");
	}

	@Test
	void anUnknownApproachIsA404WithItsCode() {
		ApiClient.Response unknown = ApiClient.as(this.port, "lead", "demo").unchecked()
			.get("/api/v1/toolbox/guidance/mentoring");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.code()).isEqualTo("toolbox.guidance.approach.notFound");
	}

	@Test
	void administratorsAlumniAndAnonymousCallersAreKeptOut() {
		assertThat(ApiClient.as(this.port, "admin", "demo").unchecked().get("/api/v1/toolbox/guidance").status())
			.isEqualTo(403);
		assertThat(ApiClient.as(this.port, "alumnus", "demo").unchecked().get("/api/v1/toolbox/guidance").status())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).unchecked().get("/api/v1/toolbox/guidance").status()).isEqualTo(401);
	}

	private JsonNode tours(ApiClient lead) {
		ApiClient.Response response = lead.get("/api/v1/toolbox/guidance/tours-of-duty");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private long openPackages(ApiClient lead) {
		return tours(lead).path("steps").get(2).path("figure").path("value").asLong();
	}

	/** The value once the listeners have caught up (they run after the commit), or the last one read. */
	private static long eventually(Supplier<Long> read, long expected) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		long value = read.get();
		while (value != expected && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			value = read.get();
		}
		return value;
	}

}
