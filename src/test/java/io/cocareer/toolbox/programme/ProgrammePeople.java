package io.cocareer.toolbox.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** People with accounts hired for one programme test, and the API calls the tests share. */
record ProgrammePeople(int port, PeopleService people, AccountService accounts) {

	static final String PASSWORD = "programme-test-1";

	static final String API = "/api/v1/toolbox/programmes";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A person (reporting to the manager, if given) with an account holding the roles. */
	Member hire(UUID managerId, Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "pg", PASSWORD, managerId, roles);
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

	/** The talent lead creates a programme with a track of modules (the last elective) and answers the track's view. */
	static JsonNode programme(ApiClient lead, String kind, int required) {
		ApiClient.Response created = lead.post(API, json(body("name", "Programme " + System.nanoTime(), "description", "Grow")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		ApiClient.Response track = lead.post(API + "/" + id + "/tracks", json(body("kind", kind, "name", "Leading people")));
		assertThat(track.status()).as(track.body()).isEqualTo(201);
		String trackId = track.json().path("tracks").get(0).path("id").asString();
		for (int i = 1; i <= required; i++) {
			assertThat(lead.post(API + "/tracks/" + trackId + "/modules",
					json(body("title", "Module " + i, "effortHours", 8))).status()).isEqualTo(201);
		}
		assertThat(lead.post(API + "/tracks/" + trackId + "/modules",
				json(body("title", "Elective", "required", false))).status()).isEqualTo(201);
		return lead.get(API + "/" + id).json();
	}

	/** A cohort of the programme's first track, started today. */
	static String cohort(ApiClient lead, JsonNode programme, Integer capacity) {
		String trackId = programme.path("tracks").get(0).path("id").asString();
		ApiClient.Response created = lead.post(API + "/tracks/" + trackId + "/cohorts", json(body("name", "Cohort A",
				"startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusMonths(6).toString(), "capacity", capacity)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** Enrols the person and answers their participant id. */
	static String enrol(ApiClient lead, String cohortId, UUID personId) {
		ApiClient.Response enrolled = lead.post(API + "/cohorts/" + cohortId + "/participants", json(body("personId", personId)));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		for (JsonNode row : enrolled.json().path("rows")) {
			if (row.path("personId").asString().equals(personId.toString())) {
				return row.path("id").asString();
			}
		}
		throw new AssertionError("not enrolled");
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
