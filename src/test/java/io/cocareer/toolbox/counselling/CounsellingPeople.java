package io.cocareer.toolbox.counselling;

import java.time.LocalDateTime;
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

/** People with accounts hired for one counselling test, and the API calls the tests share. */
record CounsellingPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "counselling-test-1";

	static final String API = "/api/v1/toolbox/counselling";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "cs", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> body(Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	/** The talent lead puts the person on the list of counsellors. */
	static void counsellor(ApiClient lead, UUID personId) {
		ApiClient.Response added = lead.post(API + "/counsellors", json(body("personId", personId)));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	/** Asks for a session (for the caller) and answers its id. */
	static String request(ApiClient client, UUID counsellorId, String topic) {
		ApiClient.Response created = client.post(API + "/sessions",
				json(body("counsellorId", counsellorId, "topic", topic, "agenda", "Where I want to be in two years")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static ApiClient.Response schedule(ApiClient client, String id, LocalDateTime start, int minutes) {
		return client.put(API + "/sessions/" + id + "/schedule", json(body("startsAt", start.toString(), "endsAt",
				start.plusMinutes(minutes).toString(), "place", "Room 4.12", "version", version(client, id))));
	}

	static long version(ApiClient client, String id) {
		return client.get(API + "/sessions/" + id).json().path("version").asLong();
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
