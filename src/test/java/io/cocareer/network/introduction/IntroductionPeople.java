package io.cocareer.network.introduction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People with accounts hired for one introductions test (as {@code NetworkPeople} hires them for
 * the map's tests), and the requests the tests send.
 */
record IntroductionPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "introduction-test-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "in", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	/** A manager and a talent who reports to them. */
	Team team() {
		Member manager = hire(null, Role.MANAGER, Role.TALENT);
		return new Team(manager, hire(manager.personId(), Role.TALENT));
	}

	record Team(Member manager, Member talent) {

	}

	record Member(int port, UUID personId, String employeeId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** A request to meet someone outside the organisation, brokered as given. */
	static Map<String, Object> ask(String targetName, String broker, UUID brokerPersonId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("targetKind", "PERSON");
		body.put("targetName", targetName);
		body.put("targetOrganisation", "Contoso Retail");
		body.put("purpose", "Learn how product managers shape a roadmap");
		body.put("broker", broker);
		if (brokerPersonId != null) {
			body.put("brokerPersonId", brokerPersonId.toString());
		}
		return body;
	}

	/** Asks and answers the new introduction's id. */
	static String asked(ApiClient talent, Map<String, Object> body) {
		ApiClient.Response created = talent.post("/api/v1/network/introductions", json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static long version(ApiClient reader, String id) {
		return reader.get("/api/v1/network/introductions/" + id).json().path("version").asLong();
	}

	/** A step with the version read, which must answer 200. */
	static JsonNode step(ApiClient actor, String id, String step, Map<String, Object> body) {
		Map<String, Object> withVersion = new LinkedHashMap<>(body);
		withVersion.putIfAbsent("version", version(actor, id));
		ApiClient.Response done = actor.post("/api/v1/network/introductions/" + id + "/" + step, json(withVersion));
		assertThat(done.status()).as(step + ": " + done.body()).isEqualTo(200);
		return done.json();
	}

	/** The codes of the reader's notifications. */
	static List<String> noticeCodes(ApiClient reader) {
		List<String> codes = new java.util.ArrayList<>();
		reader.get("/api/v1/notifications?size=100").json().path("items").forEach((n) -> codes.add(n.path("code").asString()));
		return codes;
	}

}
