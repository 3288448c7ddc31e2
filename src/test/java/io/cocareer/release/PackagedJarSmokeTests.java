package io.cocareer.release;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.cocareer.support.ApiClient;
import io.cocareer.support.ApiRobustnessWalk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release smoke test (issue 7, items 23 and 24): the jar {@code mvn package} built, started
 * as a user starts it ({@code java -jar} from an empty directory: the default H2 file database,
 * demo on). A manager and the talent run a tour through the API; each demo role then opens every
 * page it can reach (GET only); the API robustness walk runs as each role; and more writes follow
 * once the pool has closed the connection that migrated the database. Each test lists all its
 * failures in one message. The jar's log is target/smoke/cocareer.log.
 */
@EnabledIfSystemProperty(named = "cocareer.release.jar", matches = ".+", disabledReason = PackagedJar.ONLY_AFTER_PACKAGE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarSmokeTests {

	private static final List<String> ROLES = List.of("lead", "manager", "talent", "alumnus", "admin");

	private static final String PASSWORD = "demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_PAGES_PER_ROLE = 400;

	private RunningJar app;

	private LogWatch log;

	private String tourId;

	private final Set<String> toldLogLines = new HashSet<>();

	private final Map<String, String> timings = new LinkedHashMap<>();

	private Phase phase;

	@BeforeAll
	void startTheJar() {
		Duration timeout = Duration.ofSeconds(Long.getLong("cocareer.release.start-timeout", 900));
		this.app = RunningJar.start(PackagedJar.jar(), PackagedJar.scratch(), timeout);
		this.log = new LogWatch(this.app.log());
		this.timings.put("start (java -jar to the sign-in page, demo generated)",
				seconds(this.app.startup()) + " (jar CPU " + seconds(this.app.cpu()) + ")");
	}

	@AfterAll
	void stopTheJar() {
		if (this.app != null) {
			Duration cpu = this.app.cpu();
			this.app.stop();
			this.timings.put("total", seconds(Duration.between(this.app.launchedAt(), Instant.now())) + " (jar CPU "
					+ seconds(cpu) + ", test CPU " + seconds(testCpu()) + ")");
		}
		StringBuilder report = new StringBuilder("Release smoke test, durations (wall clock):");
		this.timings.forEach((what, took) -> report.append("\n  ").append(what).append(": ").append(took));
		System.out.println(report);
	}

	@Test
	@Order(1)
	void aManagerAndTheTalentRunATourThroughTheApi() {
		begin();
		Journey journey = new Journey();
		ApiClient manager = as("manager");
		ApiClient talent = as("talent");
		LocalDate today = LocalDate.now();
		String talentId = journey.json("the talent's account", talent.get("/api/v1/me"), 200).path("person").path("id")
			.asString();
		String managerId = journey.json("the manager's account", manager.get("/api/v1/me"), 200).path("person")
			.path("id").asString();

		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("talentId", talentId);
		proposal.put("title", "Release smoke tour");
		proposal.put("tourType", "ROTATIONAL");
		proposal.put("startOn", today.toString());
		proposal.put("endOn", today.plusMonths(3).toString());
		proposal.put("timeShare", 5);
		JsonNode proposed = journey.json("the manager proposes a tour", manager.post("/api/v1/tours", json(proposal)),
				201);
		this.tourId = proposed.has("id") ? proposed.path("id").asString() : null;
		if (this.tourId == null) {
			assertThat(journey.failures).as("the write journey against the packaged jar").isEmpty();
			return;
		}
		String tour = "/api/v1/tours/" + this.tourId;
		journey.expect("the manager opens the conversation",
				manager.post(tour + "/state", json(Map.of("state", "IN_CONVERSATION", "version",
						manager.get(tour).json().path("version").asLong()))), 200);
		Map<String, Object> mission = new LinkedHashMap<>();
		mission.put("objective", "Replace the onboarding spreadsheet with a self-service flow");
		mission.put("companyGains", "New joiners onboard themselves in a day");
		mission.put("talentGains", "Leading a cross-team delivery");
		mission.put("successMeasures", "Onboarding takes a day; satisfaction above 4 of 5");
		mission.put("baseRevision", 0);
		journey.expect("the manager writes the mission", manager.post(tour + "/mission/revisions", json(mission)), 201);
		journey.expect("the manager writes the agreement",
				manager.put(tour + "/agreement/draft", json(agreement(today))), 200);
		journey.expect("the manager sends it", manager.post(tour + "/agreement/send", "{}"), 200);
		journey.expect("the talent signs", talent.post(tour + "/agreement/sign", "{\"rofcAcknowledged\":true}"), 200);
		journey.expect("the manager signs", manager.post(tour + "/agreement/sign", "{}"), 200);
		String state = journey.json("the tour", manager.get(tour), 200).path("state").asString();
		if (!"ACTIVE".equals(state)) {
			journey.failures.add("the signed tour starting today is " + state + ", not ACTIVE");
		}

		journey.expect("the talent requests a resource",
				talent.post(tour + "/work", json(workItem("RESOURCE", "A test environment", managerId, today))), 201);
		journey.expect("the talent logs an obstacle",
				talent.post(tour + "/work", json(workItem("OBSTACLE", "No access to the HR system", managerId, today))),
				201);
		Map<String, Object> checkIn = new LinkedHashMap<>();
		checkIn.put("heldOn", today.toString());
		checkIn.put("progress", 30);
		checkIn.put("status", "ON_TRACK");
		checkIn.put("milestones", List.of(Map.of("text", "Prototype shown", "done", true)));
		checkIn.put("note", "The prototype works for the first team");
		journey.expect("the talent checks in", talent.post(tour + "/check-ins", json(checkIn)), 201);
		Map<String, Object> win = new LinkedHashMap<>();
		win.put("title", "First team onboarded itself");
		win.put("story", "Two joiners used the flow on their first day");
		win.put("wonOn", today.toString());
		win.put("audience", "ORGANISATION");
		journey.expect("the talent shares a win", talent.post(tour + "/wins", json(win)), 201);
		end("write journey");
		assertThat(journey.failures).as("the write journey against the packaged jar").isEmpty();
	}

	@Test
	@Order(2)
	void everyPageOfEveryRoleAnswersWithoutAnError() {
		PageCrawler crawler = new PageCrawler(this.app.baseUrl(), this.log, MAX_PAGES_PER_ROLE);
		List<String> failures = new ArrayList<>();
		StringBuilder pages = new StringBuilder();
		for (String role : ROLES) {
			begin();
			PageCrawler.Result result = crawler.crawl(role, PASSWORD);
			end("crawl as " + role + " (" + result.pages() + " pages)");
			pages.append(role).append(": ").append(result.pages()).append(" pages; ");
			result.failures().forEach((failure) -> failures.add(failure.toString()));
			if (result.pages() < 3 && result.failures().isEmpty()) {
				failures.add("[" + role + "] reached only " + result.pages() + " pages: " + result.shapes());
			}
		}
		System.out.println("Crawled " + pages);
		this.toldLogLines.addAll(crawler.attributedLogLines());
		assertThat(failures)
			.as("pages that answered 4xx/5xx, showed an error page or a missing message, or logged an error "
					+ "(%d), as role and URL", failures.size())
			.isEmpty();
	}

	@Test
	@Order(3)
	void theApiRobustnessWalkFindsNoServerError() throws Exception {
		begin();
		List<String> failures = new ArrayList<>();
		// two roles at a time: the client and the jar take turns on each request, so two walks keep two cores busy
		ExecutorService walkers = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<String>>> walks = new ArrayList<>();
			for (String role : ROLES) {
				walks.add(walkers.submit(() -> walkAs(role)));
			}
			for (Future<List<String>> walk : walks) {
				failures.addAll(walk.get());
			}
		}
		finally {
			walkers.shutdownNow();
		}
		end("API robustness walk, 5 roles");
		assertThat(failures).as("answers that were server errors or 4xx without problem+json (%d)", failures.size())
			.isEmpty();
	}

	@Test
	@Order(4)
	void writesSucceedOnceThePoolHasClosedTheConnectionThatMigratedTheDatabase() {
		assertThat(this.tourId).as("the tour of the first write journey").isNotNull();
		Duration age = Duration.between(this.app.launchedAt(), Instant.now());
		Duration wait = RunningJar.CONNECTION_LIFETIME.plusSeconds(5).minus(age);
		if (!wait.isNegative()) {
			RunningJar.sleep(wait);
		}
		begin();
		Journey journey = new Journey();
		ApiClient manager = as("manager");
		ApiClient talent = as("talent");
		String tour = "/api/v1/tours/" + this.tourId;
		String managerId = journey.json("the manager's account", manager.get("/api/v1/me"), 200).path("person")
			.path("id").asString();
		JsonNode obstacle = journey.json("the talent logs another obstacle", talent.post(tour + "/work",
				json(workItem("OBSTACLE", "The pilot team is on leave", managerId, LocalDate.now()))), 201);
		JsonNode resource = journey.json("the talent requests another resource", talent.post(tour + "/work",
				json(workItem("RESOURCE", "A designer for two days", managerId, LocalDate.now()))), 201);
		if (obstacle.has("id")) {
			Map<String, Object> update = new LinkedHashMap<>();
			update.put("what", obstacle.path("what").asString());
			update.put("impact", obstacle.path("impact").asString());
			update.put("ownerId", managerId);
			update.put("dueOn", obstacle.path("dueOn").asString());
			update.put("status", "IN_PROGRESS");
			update.put("version", obstacle.path("version").asLong());
			journey.expect("the manager takes the obstacle on",
					manager.put(tour + "/work/" + obstacle.path("id").asString(), json(update)), 200);
		}
		JsonNode checkIns = journey.json("the check-ins", manager.get(tour + "/check-ins"), 200).path("checkIns");
		if (checkIns.size() > 0) {
			JsonNode first = checkIns.get(0);
			journey.expect("the manager writes their note on the check-in", manager.put(
					tour + "/check-ins/" + first.path("id").asString() + "/note",
					json(Map.of("note", "Good progress; keep the pilot small", "version", first.path("version").asLong()))),
					200);
		}
		else {
			journey.failures.add("the tour has no check-in to write a note on");
		}
		JsonNode work = journey.json("the tour's resources and obstacles", talent.get(tour + "/work"), 200);
		if (resource.has("id") && !work.toString().contains(resource.path("id").asString())) {
			journey.failures.add("the resource request saved a moment ago is not listed: " + work);
		}
		end("write journey on the aged pool");
		assertThat(journey.failures)
			.as("writes against the packaged jar after the connection that migrated the database was closed")
			.isEmpty();
	}

	@Test
	@Order(5)
	void theLogHasNoErrors() {
		List<String> errors = new ArrayList<>(this.log.errors());
		errors.removeAll(this.toldLogLines);
		assertThat(errors).as("errors and template errors in %s that no failing page above tells", this.app.log())
			.isEmpty();
	}

	private List<String> walkAs(String role) {
		List<String> failures = new ArrayList<>();
		// a personal API token: HTTP Basic would cost a bcrypt check on each of the calls
		ApiClient basic = as(role);
		ApiClient.Response created = basic.post("/api/v1/me/tokens", "{\"name\":\"release smoke test\"}");
		if (created.status() != 201) {
			failures.add("[" + role + "] could not create an API token: " + created.status() + " " + created.body());
			return failures;
		}
		ApiClient api = ApiClient.withToken(this.app.baseUrl(), created.json().path("secret").asString());
		ApiRobustnessWalk.walk(ApiClient.anonymous(this.app.baseUrl()), api)
			.forEach((failure) -> failures.add("[" + role + "] " + failure));
		basic.delete("/api/v1/me/tokens/" + created.json().path("token").path("id").asString());
		return failures;
	}

	private void begin() {
		this.phase = new Phase(Instant.now(), this.app.cpu(), testCpu());
	}

	private void end(String what) {
		this.timings.put(what, seconds(Duration.between(this.phase.started(), Instant.now())) + " (jar CPU "
				+ seconds(this.app.cpu().minus(this.phase.jarCpu())) + ", test CPU "
				+ seconds(testCpu().minus(this.phase.testCpu())) + ")");
	}

	private static Duration testCpu() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return Duration.ofNanos(os.getProcessCpuTime());
		}
		return Duration.ZERO;
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	/** Where a measured phase started: wall clock and processor time of the jar and of this JVM. */
	private record Phase(Instant started, Duration jarCpu, Duration testCpu) {

	}

	private ApiClient as(String username) {
		return ApiClient.as(this.app.baseUrl(), username, PASSWORD);
	}

	private static Map<String, Object> agreement(LocalDate today) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scope", "The onboarding flow for engineering joiners");
		body.put("startOn", today.toString());
		body.put("endOn", today.plusMonths(3).toString());
		body.put("timeShare", 5);
		body.put("deliverables", "A working flow and a runbook");
		body.put("learningGoals", "Product discovery; leading without authority");
		body.put("visibilityMoments", "Demo at the quarterly all-hands");
		body.put("companyResources", "A designer two days a week");
		body.put("companySponsorship", "The head of engineering sponsors it");
		body.put("companyCoaching", "A monthly session with a senior product lead");
		body.put("companyExposure", "Steering meeting every six weeks");
		body.put("companyFollowOn", "First look at the platform lead role");
		body.put("companyReference", "A written reference on request");
		body.put("talentCommitments", "Deliver the flow and share what was learned");
		body.put("nextConversationOn", today.plusMonths(1).toString());
		return body;
	}

	private static Map<String, Object> workItem(String kind, String what, String ownerId, LocalDate today) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("what", what);
		if (kind.equals("RESOURCE")) {
			body.put("why", "To try the flow with real data");
		}
		else {
			body.put("impact", "HIGH");
		}
		body.put("ownerId", ownerId);
		body.put("dueOn", today.plusDays(10).toString());
		return body;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** Steps of a write journey: every unexpected answer is kept, and the journey goes on. */
	private static final class Journey {

		final List<String> failures = new ArrayList<>();

		void expect(String step, ApiClient.Response response, int status) {
			if (response.status() != status) {
				this.failures.add(step + ": expected " + status + ", got " + response.status() + " " + response.body());
			}
		}

		JsonNode json(String step, ApiClient.Response response, int status) {
			expect(step, response, status);
			if (response.status() != status || response.body().isBlank()) {
				return JSON.createObjectNode();
			}
			return response.json();
		}

	}

}
