package io.cocareer.toolbox.workshop;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** People with accounts hired for one workshop test, and the API calls the tests share. */
record WorkshopPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "workshop-test-1";

	static final String API = "/api/v1/toolbox/workshops";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person with an account holding the roles. */
	Member hire(Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "ws", PASSWORD, null, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username(), Set.of(roles));
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

	static String inDays(int days) {
		return OffsetDateTime.now().plusDays(days).truncatedTo(ChronoUnit.MINUTES)
			.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
	}

	/** A workshop as the API takes it, in {@code days} days, for {@code capacity}. */
	static Map<String, Object> workshop(String title, UUID facilitator, int days, int capacity, String audience) {
		return body("title", title, "description", "Where you are, where you want to be, the next steps.",
				"facilitatorId", facilitator, "startsAt", inDays(days), "durationMinutes", 120, "place", "Room 4",
				"videoLink", "https://meet.example.com/plan", "capacity", capacity, "audience", audience);
	}

	/** Creates one and answers its id. */
	static String create(ApiClient client, Map<String, Object> workshop) {
		ApiClient.Response created = client.post(API, json(workshop));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static long version(ApiClient client, String id) {
		return client.get(API + "/" + id).json().path("version").asLong();
	}

	record Member(int port, UUID personId, String employeeId, String name, String username, Set<Role> roles) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

		/** The member as the services see them. */
		Actor actor() {
			return new Actor(null, this.username, PersonId.of(this.personId), this.name, this.roles);
		}

	}

}
