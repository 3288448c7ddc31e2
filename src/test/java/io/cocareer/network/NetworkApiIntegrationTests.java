package io.cocareer.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A talent's own map over the API: built from scratch, measured as DOMAIN.md §2.5 (b) says, and
 * refused with problem+json for what a client can get wrong. Each test hires its own talent.
 */
@IntegrationTest
class NetworkApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private NetworkPeople.Member talent() {
		return new NetworkPeople(this.port, this.people, this.accounts).hire(null, Role.TALENT);
	}

	static Map<String, Object> external(String name, String arena, int closeness, String... support) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("organisation", "Acme");
		body.put("arena", arena);
		body.put("role", "MENTOR");
		body.put("closeness", closeness);
		body.put("contactFrequency", "MONTHLY");
		body.put("lastContact", LocalDate.now().minusDays(10).toString());
		body.put("support", List.of(support));
		return body;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static String addDeveloper(ApiClient client, Map<String, Object> body) {
		ApiClient.Response created = client.post("/api/v1/me/network/developers", json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void aTalentBuildsTheirMapAndItsHealthIsDomainFixtureB() {
		ApiClient talent = talent().api();
		// DOMAIN.md §2.5 (b): E–A 3, E–B 1, E–C 2, and A knows B
		String a = addDeveloper(talent, external("Ann Alder", "PRIOR_EMPLOYER", 3, "COACHING", "SPONSORSHIP"));
		String b = addDeveloper(talent, external("Bob Birch", "EDUCATION", 1, "FRIENDSHIP"));
		String c = addDeveloper(talent, external("Cas Cedar", "PROFESSIONAL_ASSOCIATION", 2, "COACHING"));
		ApiClient.Response tie = talent.post("/api/v1/me/network/ties", json(Map.of("oneId", a, "otherId", b)));
		assertThat(tie.status()).as(tie.body()).isEqualTo(201);

		JsonNode map = talent.get("/api/v1/me/network").json();
		assertThat(map.path("developers")).hasSize(3);
		assertThat(map.path("developers").get(0).path("id").asString()).isEqualTo(a);
		assertThat(map.path("developers").get(0).path("closeness").asInt()).isEqualTo(3);
		assertThat(map.path("developers").get(0).path("name").asString()).isEqualTo("Ann Alder");
		assertThat(map.path("ties")).hasSize(1);
		assertThat(List.of(map.path("ties").get(0).path("oneId").asString(), map.path("ties").get(0).path("otherId").asString()))
			.containsExactlyInAnyOrder(a, b);

		JsonNode health = talent.get("/api/v1/me/network/health").json();
		assertThat(health.path("size").asInt()).isEqualTo(3);
		assertThat(health.path("range").asInt()).isEqualTo(3);
		assertThat(health.path("effectiveSize").asDouble()).isCloseTo(22.0 / 9, within(1e-12));
		assertThat(health.path("efficiency").asDouble()).isCloseTo(22.0 / 27, within(1e-12));
		assertThat(health.path("constraint").asDouble()).isCloseTo(103.0 / 192, within(1e-12));
		assertThat(health.path("hierarchy").asDouble()).isCloseTo(0.174527, within(1e-6));
		assertThat(health.path("density").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(health.path("eiIndex").asDouble()).isEqualTo(1.0);
		assertThat(health.path("type").asString()).isEqualTo("OPPORTUNISTIC");
		assertThat(health.path("thresholds").path("minRange").asInt()).isEqualTo(3);
		assertThat(health.path("nudges").toString()).contains("FUNCTIONS_NOBODY_GIVES")
			.doesNotContain("NO_EXTERNAL_DEVELOPER");
		assertThat(health.path("nudges").get(0).path("text").asString()).isNotBlank().doesNotContain("{");
	}

	@Test
	void anEmptyMapHasNoValueForWhatNeedsDevelopersAndANudgeFree() {
		JsonNode health = talent().api().get("/api/v1/me/network/health").json();

		assertThat(health.path("size").asInt()).isZero();
		assertThat(health.path("effectiveSize").isNull()).isTrue();
		assertThat(health.path("constraint").isNull()).isTrue();
		assertThat(health.path("eiIndex").isNull()).isTrue();
		assertThat(health.path("type").asString()).isEqualTo("RECEPTIVE");
	}

	@Test
	void anInternalDeveloperIsAPersonOfTheOrganisationNamedByTheirRecord() {
		NetworkPeople staff = new NetworkPeople(this.port, this.people, this.accounts);
		NetworkPeople.Member colleague = staff.hire(null, Role.TALENT);
		ApiClient talent = talent().api();
		Map<String, Object> body = external(null, "CURRENT_EMPLOYER", 4, "COACHING");
		body.remove("name");
		body.put("personId", colleague.personId().toString());

		ApiClient.Response created = talent.post("/api/v1/me/network/developers", json(body));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("name").asString()).isEqualTo(colleague.name());
		assertThat(created.json().path("internal").asBoolean()).isTrue();
		ApiClient.Response again = talent.post("/api/v1/me/network/developers", json(body));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.code()).isEqualTo("network.developer.duplicate");
	}

	@Test
	void badInputIsRefusedOnItsFieldAndNothingIsStored() {
		NetworkPeople.Member member = talent();
		ApiClient talent = member.api();
		String a = addDeveloper(talent, external("Ann Alder", "PRIOR_EMPLOYER", 3));

		Map<String, Object> tooClose = external("Zed Zinc", "OTHER", 6);
		ApiClient.Response closeness = talent.post("/api/v1/me/network/developers", json(tooClose));
		assertThat(closeness.status()).isEqualTo(400);
		assertThat(closeness.isProblem()).isTrue();
		assertThat(closeness.json().path("errors").get(0).path("field").asString()).isEqualTo("closeness");

		ApiClient.Response duplicate = talent.post("/api/v1/me/network/developers",
				json(external("ann alder", "PRIOR_EMPLOYER", 2)));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.code()).isEqualTo("network.developer.duplicate");

		Map<String, Object> self = external(null, "CURRENT_EMPLOYER", 3);
		self.remove("name");
		self.put("personId", member.personId().toString());
		assertThat(talent.post("/api/v1/me/network/developers", json(self)).code()).isEqualTo("network.developer.self");

		Map<String, Object> nobody = external(null, "CURRENT_EMPLOYER", 3);
		nobody.remove("name");
		ApiClient.Response unnamed = talent.post("/api/v1/me/network/developers", json(nobody));
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.code()).isEqualTo("network.developer.nameRequired");

		ApiClient.Response selfTie = talent.post("/api/v1/me/network/ties", json(Map.of("oneId", a, "otherId", a)));
		assertThat(selfTie.status()).isEqualTo(400);
		assertThat(selfTie.code()).isEqualTo("network.tie.self");
		ApiClient.Response unknownTie = talent.post("/api/v1/me/network/ties",
				json(Map.of("oneId", a, "otherId", UUID.randomUUID().toString())));
		assertThat(unknownTie.status()).isEqualTo(400);
		assertThat(unknownTie.code()).isEqualTo("network.tie.unknownDeveloper");
		ApiClient.Response notAnId = talent.post("/api/v1/me/network/ties", "{\"oneId\": \"x\", \"otherId\": 3}");
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.isProblem()).isTrue();
		ApiClient.Response unknownRole = talent.post("/api/v1/me/network/gaps",
				"{\"role\": \"BOSS\", \"description\": \"x\"}");
		assertThat(unknownRole.status()).isEqualTo(400);
		ApiClient.Response unknownArena = talent.post("/api/v1/me/network/developers",
				json(external("Yo Yew", "MOON", 3)));
		assertThat(unknownArena.status()).isEqualTo(400);

		JsonNode map = talent.get("/api/v1/me/network").json();
		assertThat(map.path("developers")).hasSize(1);
		assertThat(map.path("ties")).isEmpty();
		assertThat(map.path("gaps")).isEmpty();
	}

	@Test
	void aDeveloperChangesWithTheVersionReadAndGoesWithTheirTies() {
		ApiClient talent = talent().api();
		String a = addDeveloper(talent, external("Ann Alder", "PRIOR_EMPLOYER", 3, "COACHING"));
		String b = addDeveloper(talent, external("Bob Birch", "EDUCATION", 1));
		talent.post("/api/v1/me/network/ties", json(Map.of("oneId", a, "otherId", b)));
		long version = talent.get("/api/v1/me/network/developers/" + a).json().path("version").asLong();

		Map<String, Object> changed = external("Ann Alder", "PRIOR_EMPLOYER", 5, "SPONSORSHIP");
		ApiClient.Response saved = talent.put("/api/v1/me/network/developers/" + a,
				json(Map.of("developer", changed, "version", version)));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("closeness").asInt()).isEqualTo(5);
		ApiClient.Response stale = talent.put("/api/v1/me/network/developers/" + a,
				json(Map.of("developer", changed, "version", version)));
		assertThat(stale.status()).isEqualTo(409);

		assertThat(talent.delete("/api/v1/me/network/developers/" + b).status()).isEqualTo(204);
		JsonNode map = talent.get("/api/v1/me/network").json();
		assertThat(map.path("developers")).hasSize(1);
		assertThat(map.path("ties")).isEmpty();
	}

	@Test
	void theDesiredNetworkListsGapsAndTheMapCanBeDeletedWhole() {
		ApiClient talent = talent().api();
		addDeveloper(talent, external("Ann Alder", "PRIOR_EMPLOYER", 3));
		ApiClient.Response gap = talent.post("/api/v1/me/network/gaps",
				json(Map.of("role", "SPONSOR", "arena", "CURRENT_EMPLOYER", "description", "A sponsor in product management")));
		assertThat(gap.status()).as(gap.body()).isEqualTo(201);
		assertThat(talent.get("/api/v1/me/network").json().path("gaps").get(0).path("description").asString())
			.isEqualTo("A sponsor in product management");
		ApiClient.Response blank = talent.post("/api/v1/me/network/gaps", json(Map.of("role", "SPONSOR", "description", " ")));
		assertThat(blank.status()).isEqualTo(400);

		assertThat(talent.delete("/api/v1/me/network").status()).isEqualTo(204);

		JsonNode map = talent.get("/api/v1/me/network").json();
		assertThat(map.path("developers")).isEmpty();
		assertThat(map.path("gaps")).isEmpty();
	}

}
