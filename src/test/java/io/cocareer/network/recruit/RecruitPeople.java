package io.cocareer.network.recruit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
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
		String key = Long.toString(System.nanoTime(), 36);
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID personId = this.people.create(PeopleTestActors.HR, new SavePerson("RC" + key, "Rec", "Person " + key,
				"recruit." + key + "@test.cocareer.io", "Analyst", unit, managerId, LocalDate.of(2020, 2, 1)));
		PersonView person = this.people.profile(PeopleTestActors.HR, personId).person();
		String username = "rc" + key;
		this.accounts.create(username, PASSWORD, personId, person.fullName(), Set.of(roles));
		return new Member(this.port, personId, person.employeeId(), person.fullName(), username);
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
