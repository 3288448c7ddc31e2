package io.cocareer.tour;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.support.ApiClient;

/** Work packages for tests, built as API requests; each test makes its own. */
public final class TourFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TourFixtures() {
	}

	public static String employeeIdOf(int port, String username) {
		return ApiClient.as(port, username, "demo").get("/api/v1/me").json().path("person").path("employeeId").asString();
	}

	public static String employeeIdOf(int port, String username, String password) {
		return ApiClient.as(port, username, password).get("/api/v1/me").json().path("person").path("employeeId").asString();
	}

	public static UUID personOf(int port, String username) {
		return UUID.fromString(
				ApiClient.as(port, username, "demo").get("/api/v1/me").json().path("person").path("id").asString());
	}

	public static UUID firstUnit(int port) {
		return UUID.fromString(ApiClient.as(port, "lead", "demo").get("/api/v1/units").json().get(0).path("id").asString());
	}

	public static UUID firstCompetency(int port) {
		return UUID.fromString(
				ApiClient.as(port, "lead", "demo").get("/api/v1/competencies").json().get(0).path("id").asString());
	}

	/** A package request with good ratings (4, 4, 4, 4) unless changed. */
	public static Map<String, Object> aPackage(int port, String sponsorEmployeeId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Self-service onboarding " + Long.toString(System.nanoTime(), 36));
		body.put("description", "Replace the onboarding spreadsheet with a self-service flow.");
		body.put("expectedResults", "New joiners onboard themselves in a day.");
		body.put("sponsorEmployeeId", sponsorEmployeeId);
		body.put("unitId", firstUnit(port).toString());
		body.put("startOn", LocalDate.now().plusMonths(1).toString());
		body.put("endOn", LocalDate.now().plusMonths(7).toString());
		body.put("timeShare", 40);
		body.put("seats", 2);
		body.put("tourType", "TRANSFORMATIONAL");
		body.put("competencies", List.of(Map.of("competencyId", firstCompetency(port).toString(), "level", 3)));
		body.put("qualities", qualities(4, 4, 4, 4));
		return body;
	}

	public static Map<String, Object> qualities(int challenging, int interesting, int valuable, int visible) {
		Map<String, Object> qualities = new LinkedHashMap<>();
		qualities.put("challenging", Map.of("rating", challenging, "justification", "New to everyone on the team"));
		qualities.put("interesting", Map.of("rating", interesting, "justification", "People asked for it"));
		qualities.put("valuable", Map.of("rating", valuable, "justification", "Saves two days per joiner"));
		qualities.put("visible", Map.of("rating", visible, "justification", "Shown at the all-hands"));
		return qualities;
	}

	/** Moves a package to a status as the client, naming the package's current version (read as the lead). */
	public static ApiClient.Response packageStatus(int port, ApiClient client, Object packageId, String status) {
		long version = ApiClient.as(port, "lead", "demo").get("/api/v1/work-packages/" + packageId).json()
			.path("version").asLong();
		return client.post("/api/v1/work-packages/" + packageId + "/status",
				json(Map.of("status", status, "version", version)));
	}

	/** A tour's dates when it must have run already: check-ins are never dated in the future, and a tour signed after its start is active at once. */
	public static final LocalDate PAST_START = LocalDate.of(2015, 1, 5);

	/** A tour's dates when it is still to come. */
	public static LocalDate futureStart() {
		return LocalDate.now().plusMonths(1);
	}

	/** The team's manager opens a fresh package they sponsor, and returns its id. */
	public static UUID openPackage(TourTeam team) {
		ApiClient manager = team.managerApi();
		ApiClient.Response created = manager.post("/api/v1/work-packages",
				json(aPackage(team.port(), team.manager().employeeId())));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a package: " + created.body());
		}
		UUID id = UUID.fromString(created.json().path("id").asString());
		packageStatus(team.port(), manager, id, "OPEN");
		return id;
	}

	/**
	 * The team's manager proposes a tour for the team's talent outside the catalogue, over the six
	 * months from a month ahead at 40 % of the week; returns the tour's id.
	 */
	public static UUID proposeTour(TourTeam team) {
		return proposeTour(team, futureStart(), futureStart().plusMonths(6));
	}

	/** As {@link #proposeTour(TourTeam)}, over exactly these dates. */
	public static UUID proposeTour(TourTeam team, LocalDate start, LocalDate end) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", team.talent().personId().toString());
		body.put("title", "Test tour " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("startOn", start.toString());
		body.put("endOn", end.toString());
		body.put("timeShare", 40);
		ApiClient.Response created = team.managerApi().post("/api/v1/tours", json(body));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not propose a tour: " + created.body());
		}
		return UUID.fromString(created.json().path("id").asString());
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
