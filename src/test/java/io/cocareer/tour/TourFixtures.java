package io.cocareer.tour;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.support.ApiClient;

/** Work packages for tests, built as API requests; each test makes its own. */
final class TourFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TourFixtures() {
	}

	static String employeeIdOf(int port, String username) {
		return ApiClient.as(port, username, "demo").get("/api/v1/me").json().path("person").path("employeeId").asString();
	}

	static UUID personOf(int port, String username) {
		return UUID.fromString(
				ApiClient.as(port, username, "demo").get("/api/v1/me").json().path("person").path("id").asString());
	}

	static UUID firstUnit(int port) {
		return UUID.fromString(ApiClient.as(port, "lead", "demo").get("/api/v1/units").json().get(0).path("id").asString());
	}

	static UUID firstCompetency(int port) {
		return UUID.fromString(
				ApiClient.as(port, "lead", "demo").get("/api/v1/competencies").json().get(0).path("id").asString());
	}

	/** A package request with good ratings (4, 4, 4, 4) unless changed. */
	static Map<String, Object> aPackage(int port, String sponsorEmployeeId) {
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

	static Map<String, Object> qualities(int challenging, int interesting, int valuable, int visible) {
		Map<String, Object> qualities = new LinkedHashMap<>();
		qualities.put("challenging", Map.of("rating", challenging, "justification", "New to everyone on the team"));
		qualities.put("interesting", Map.of("rating", interesting, "justification", "People asked for it"));
		qualities.put("valuable", Map.of("rating", valuable, "justification", "Saves two days per joiner"));
		qualities.put("visible", Map.of("rating", visible, "justification", "Shown at the all-hands"));
		return qualities;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
