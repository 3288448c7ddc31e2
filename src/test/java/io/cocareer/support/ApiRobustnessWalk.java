package io.cocareer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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

	/** Collections whose query strings are read (search, paging, filters). */
	private static final List<String> LISTS = List.of("/api/v1/people", "/api/v1/tours", "/api/v1/talents",
			"/api/v1/work-packages", "/api/v1/admin/audit", "/api/v1/units", "/api/v1/notifications");

	/** The application's pages link its stylesheet by a hash of its content; Tomcat's do not link it. */
	private static final Pattern APPLICATION_STYLESHEET = Pattern.compile("href=\"/css/app-[0-9a-f]{32}\\.css\"");

	/** Query strings and paths that cannot be decoded: Tomcat or the first parameter read refuses them. */
	private static final List<String> MALFORMED = List.of("?=1", "?q=%ZZ", "?q=%", "?page=1&=x", "/%00", "/a%2Fb",
			"/%2e%2e/%2e%2e/etc");

	private ApiRobustnessWalk() {
	}

	/**
	 * Malformed query strings and paths, sent byte for byte: the API answers 400 problem+json with
	 * a code, pages the application's own error page (not Tomcat's), never a 500.
	 */
	public static List<String> walkMalformed(ApiClient anonymous, ApiClient api) {
		List<String> failures = new ArrayList<>();
		for (String list : LISTS) {
			for (String malformed : MALFORMED) {
				String url = list + malformed;
				ApiClient.Response response = api.getRaw(url, "application/json");
				check(failures, "GET", url, response);
				if (response.status() != 400 && response.status() != 404) {
					failures.add("GET " + url + " -> " + response.status() + ", expected 400: " + response.body());
				}
			}
		}
		for (String page : List.of("/login", "/people", "/tours")) {
			for (String malformed : MALFORMED) {
				String url = page + malformed;
				ApiClient.Response response = anonymous.getRaw(url, "text/html");
				if (response.status() >= 500 || !response.contentType().startsWith("text/html")
						|| response.body().contains("HTTP Status") || !APPLICATION_STYLESHEET.matcher(response.body()).find()) {
					failures.add("page GET " + url + " -> " + response.status() + " " + response.contentType()
							+ ", not the application's error page: " + response.body());
				}
			}
		}
		return failures;
	}

	/**
	 * Calls every operation the document at {@code /v3/api-docs} lists as the given client;
	 * returns the answers that were server errors or 4xx without problem+json, one line each.
	 */
	public static List<String> walk(ApiClient anonymous, ApiClient signedIn) {
		// malformed on purpose: the document rightly forbids these requests
		ApiClient api = signedIn.unchecked();
		JsonNode paths = anonymous.get("/v3/api-docs").json().path("paths");
		List<String> failures = new ArrayList<>(walkMalformed(anonymous, api));
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
