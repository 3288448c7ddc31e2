package io.cocareer.tour;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;

/** Missions and agreements for tests, built as API requests on tours from {@link TourFixtures}. */
public final class AgreementFixtures {

	private AgreementFixtures() {
	}

	public static Map<String, Object> mission(String objective, int baseRevision) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("objective", objective);
		body.put("companyGains", "A self-service onboarding flow that saves two days per joiner.");
		body.put("talentGains", "Leading a cross-team delivery, visible to the leadership team.");
		body.put("successMeasures", "New joiners onboard themselves in a day; satisfaction above 4 of 5.");
		body.put("baseRevision", baseRevision);
		return body;
	}

	/** A complete agreement over the tour's own dates at the given share. */
	public static Map<String, Object> agreement(JsonNode tour, int timeShare) {
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());
		LocalDate end = LocalDate.parse(tour.path("endOn").asString());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scope", "The onboarding flow for engineering joiners");
		body.put("startOn", start.toString());
		body.put("endOn", end.toString());
		body.put("timeShare", timeShare);
		body.put("deliverables", "A working flow, a runbook, a hand-over to the platform team");
		body.put("learningGoals", "Product discovery; leading without authority");
		body.put("visibilityMoments", "Demo at the quarterly all-hands");
		body.put("companyResources", "A designer two days a week");
		body.put("companySponsorship", "The head of engineering sponsors it");
		body.put("companyCoaching", "A monthly session with a senior product lead");
		body.put("companyExposure", "Steering meeting every six weeks");
		body.put("companyFollowOn", "First look at the platform lead role");
		body.put("companyReference", "A written reference on request");
		body.put("talentCommitments", "Deliver the flow and share what was learned");
		body.put("nextConversationOn", end.minusMonths(2).toString());
		return body;
	}

	/** The team's mission drafted by its manager, agreement written at the share and sent; returns the tour as JSON. */
	public static JsonNode sentForSignature(TourTeam team, UUID tourId, int timeShare) {
		ApiClient manager = team.managerApi();
		expect(manager.post(base(tourId) + "/mission/revisions", TourFixtures.json(mission("Replace the onboarding spreadsheet", 0))), 201);
		JsonNode tour = manager.get(base(tourId)).json();
		expect(manager.put(base(tourId) + "/agreement/draft", TourFixtures.json(agreement(tour, timeShare))), 200);
		expect(manager.post(base(tourId) + "/agreement/send", "{}"), 200);
		return manager.get(base(tourId)).json();
	}

	/** As {@link #sentForSignature(TourTeam, UUID, int)} and signed by the team's talent and manager: the tour is active. */
	public static JsonNode signedByBoth(TourTeam team, UUID tourId, int timeShare) {
		sentForSignature(team, tourId, timeShare);
		expect(team.talentApi().post(base(tourId) + "/agreement/sign", "{\"rofcAcknowledged\":true}"), 200);
		expect(team.managerApi().post(base(tourId) + "/agreement/sign", "{}"), 200);
		return team.managerApi().get(base(tourId)).json();
	}

	/** The bytes at a path, signed in with HTTP Basic, accepting anything: for PDFs. */
	public static Binary download(int port, String username, String password, String path) {
		try {
			java.net.http.HttpRequest request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.GET()
				.build();
			java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Binary(int status, String contentType, byte[] body) {

	}

	public static String base(UUID tourId) {
		return "/api/v1/tours/" + tourId;
	}

	public static ApiClient.Response expect(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": " + response.body());
		}
		return response;
	}

}
