package io.cocareer.network.exchange;

import java.time.LocalDate;
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

/** People with accounts hired for one exchange test, and the API calls the tests share. */
record ExchangePeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "exchange-test-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ITEMS = "/api/v1/network/exchange/items";

	static final String MATCHES = "/api/v1/network/exchange/matches";

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "ex", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.name(), hired.username());
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> item(String direction, String kind, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("direction", direction);
		body.put("kind", kind);
		body.put("title", title);
		body.put("description", "Details of " + title);
		return body;
	}

	/** Posts an item and answers its id. */
	static String post(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post(ITEMS, json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** Proposes the caller's own item for the target and answers the match's id. */
	static String propose(ApiClient client, String targetId, String ownId) {
		ApiClient.Response proposed = client.post(ITEMS + "/" + targetId + "/matches", json(Map.of("itemId", ownId)));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		return proposed.json().path("id").asString();
	}

	static long version(ApiClient client, String matchId) {
		return client.get(MATCHES + "/" + matchId).json().path("version").asLong();
	}

	static ApiClient.Response accept(ApiClient client, String matchId) {
		return client.post(MATCHES + "/" + matchId + "/accept", json(Map.of("version", version(client, matchId))));
	}

	static ApiClient.Response done(ApiClient client, String matchId, String outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		body.put("doneOn", LocalDate.now().toString());
		body.put("version", version(client, matchId));
		return client.post(MATCHES + "/" + matchId + "/done", json(body));
	}

	record Member(int port, UUID personId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

}
