package io.cocareer.network.recruit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People with accounts hired for one recruitment test (a talent lead, a hiring manager, talents),
 * and the API calls the tests share. The {@code NetworkPeople} pattern, in this package.
 */
record RecruitPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "recruit-test-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "rc", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> candidate(String name, String stage, UUID hiringManagerId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("roleAppliedFor", "Data engineer");
		body.put("stage", stage);
		body.put("note", "Met at a meetup");
		body.put("hiringManagerId", (hiringManagerId != null) ? hiringManagerId.toString() : null);
		return body;
	}

	/** Creates a candidate through the API and answers their id. */
	static String createCandidate(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/v1/network/candidates", json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static String addAsset(ApiClient client, String candidateId, String kind, String name) {
		ApiClient.Response created = client.post("/api/v1/network/candidates/" + candidateId + "/assets",
				json(Map.of("kind", kind, "name", name)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** An external developer at the organisation on the member's own map. */
	static void developerAt(ApiClient client, String name, String organisation) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("organisation", organisation);
		body.put("arena", "PRIOR_EMPLOYER");
		body.put("role", "PEER");
		body.put("closeness", 3);
		body.put("contactFrequency", "MONTHLY");
		ApiClient.Response created = client.post("/api/v1/me/network/developers", json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	record Member(int port, UUID personId, String employeeId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
