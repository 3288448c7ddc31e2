package io.cocareer.network.plan;

import java.time.LocalDate;
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

/** People with accounts hired for one plan test (as NetworkPeople does for the map), and requests they send. */
record PlanPeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "plan-test-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "pl", PASSWORD, managerId, roles);
		return new Member(this.port, hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	record Member(int port, UUID personId, String employeeId, String name, String username) {

		ApiClient api() {
			return ApiClient.as(this.port, this.username, PASSWORD);
		}

		WebSession session() {
			return WebSession.signIn(this.port, this.username, PASSWORD);
		}

		/** A gap of this member's desired network, by the map's API. */
		String addGap(String description) {
			ApiClient.Response gap = api().post("/api/v1/me/network/gaps",
					json(Map.of("role", "SPONSOR", "arena", "CURRENT_EMPLOYER", "description", description)));
			assertThat(gap.status()).as(gap.body()).isEqualTo(201);
			return gap.json().path("id").asString();
		}

	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** An activity request starting on the day, serving the gaps, costing the amount (a JSON number as written). */
	static Map<String, Object> activity(String title, LocalDate startsOn, String cost, String... gapIds) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "CONFERENCE");
		body.put("title", title);
		body.put("startsOn", startsOn.toString());
		body.put("gapIds", List.of(gapIds));
		body.put("estimatedCost", new java.math.BigDecimal(cost));
		return body;
	}

	static String addActivity(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/v1/me/network/plan/activities", json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static Map<String, Object> met(String name, String organisation, boolean addToMap) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("name", name);
		person.put("organisation", organisation);
		person.put("arena", "PROFESSIONAL_ASSOCIATION");
		person.put("role", "PEER");
		person.put("addToMap", addToMap);
		return person;
	}

}
