package io.cocareer.toolbox.diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
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

/** People with accounts hired for one diagnostic test (in the first unit), and the API calls the tests share. */
record DiagnosticPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "diagnostic-test-1";

	static final String API = "/api/v1/diagnostics";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "dg", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	List<Member> talents(int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj((i) -> hire(null, Role.TALENT)).toList();
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

	/** Every item answered with the score of its condition (C1 … C5). */
	static Map<String, Integer> answers(int c1, int c2, int c3, int c4, int c5) {
		int[] byCondition = { c1, c2, c3, c4, c5 };
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (DiagnosticItem item : DiagnosticItem.values()) {
			answers.put(item.name(), byCondition[item.condition().ordinal()]);
		}
		return answers;
	}

	/** Creates one and answers its id. */
	static String create(ApiClient client, Object scope, UUID unitId, List<Member> respondents) {
		ApiClient.Response created = client.post(API, json(body("title", "Test diagnostic", "scope", scope, "unitId",
				unitId, "respondents", respondents.stream().map(Member::personId).toList())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static void answer(Member member, String id, Map<String, Integer> answers) {
		ApiClient.Response answered = member.api().put(API + "/" + id + "/answers", json(body("answers", answers)));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
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
