package io.cocareer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.shared.Actor;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nothing a user or API client can send produces a 500": every operation in the OpenAPI
 * document gets malformed ids, malformed and empty bodies and nonsense query parameters, as each
 * role. Every answer must be below 500, and every 4xx must be problem+json with a code.
 */
@IntegrationTest
class ApiRobustnessIntegrationTests {

	private static final List<String> BODIES = List.of("{not json", "{}", "[]", "\"text\"",
			"{\"page\": \"abc\", \"version\": -1, \"email\": \"no-at-sign\", \"hireDate\": \"31-02-2020\"}");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@ParameterizedTest
	@ValueSource(strings = { "lead", "manager", "talent", "alumnus", "admin" })
	void noOperationAnswersWithAServerErrorWhateverItIsSent(String username) {
		JsonNode paths = ApiClient.anonymous(this.port).get("/v3/api-docs").json().path("paths");
		// a personal API token: HTTP Basic would cost a bcrypt check on each of the thousands of calls
		AccountView account = this.accounts.findByUsername(username).orElseThrow();
		Actor actor = new Actor(account.id(), account.username(), account.personId(), account.displayName(),
				account.roles());
		ApiClient api = ApiClient.withToken(this.port, this.tokens.create(actor, "robustness test").secret());
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
		assertThat(failures).as("answers that were server errors or 4xx without problem+json").isEmpty();
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
