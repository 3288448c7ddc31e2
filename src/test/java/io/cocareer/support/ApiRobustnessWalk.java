package io.cocareer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * "Nothing a user or API client can send produces a 500": every operation of the OpenAPI
 * document gets malformed ids, malformed and empty bodies and nonsense query parameters. Every
 * answer must be below 500, and every 4xx must be problem+json with a code. Walks any running
 * CoCareer: the test's own (ApiRobustnessIntegrationTests) or the packaged jar (the release
 * smoke test).
 */
public final class ApiRobustnessWalk {

	private static final List<String> BODIES = List.of("{not json", "{}", "[]", "\"text\"",
			"{\"page\": \"abc\", \"version\": -1, \"email\": \"no-at-sign\", \"hireDate\": \"31-02-2020\"}");

	private ApiRobustnessWalk() {
	}

	/**
	 * Calls every operation the document at {@code /v3/api-docs} lists as the given client;
	 * returns the answers that were server errors or 4xx without problem+json, one line each.
	 */
	public static List<String> walk(ApiClient anonymous, ApiClient signedIn) {
		// malformed on purpose: the document rightly forbids these requests
		ApiClient api = signedIn.unchecked();
		JsonNode paths = anonymous.get("/v3/api-docs").json().path("paths");
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
					continue;
				}
				for (String id : List.of("not-a-uuid", UUID.randomUUID().toString())) {
					String url = path.getKey().replaceAll("\\{[^}]+}", id) + "?page=abc&size=-5&q=%25%5F%27";
					if (method.equals("GET") || method.equals("DELETE")) {
						check(failures, method, url, method.equals("GET") ? api.get(url) : api.delete(url));
					}
					else {
						for (String body : BODIES) {
							ApiClient.Response response = method.equals("POST") ? api.post(url, body) : api.put(url, body);
							check(failures, method, url + " " + body, response);
						}
					}
				}
			}
		}
		return failures;
	}

	private static void check(List<String> failures, String method, String what, ApiClient.Response response) {
		if (response.status() >= 500) {
			failures.add(method + " " + what + " -> " + response.status() + " " + response.body());
		}
		else if (response.status() >= 400 && (!response.isProblem() || response.code().isBlank())) {
			failures.add(method + " " + what + " -> " + response.status() + " not problem+json: " + response.body());
		}
	}

}
