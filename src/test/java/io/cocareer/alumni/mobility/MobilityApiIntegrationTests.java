package io.cocareer.alumni.mobility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.alumni.AlumniPeople;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mobility policy and the career horizons over the API: publishing versions (bad and stale
 * edits refused with problem+json, nothing stored), reading them and what changed, and who reads
 * which horizon: the talent, the talent lead, the manager only while shared; nobody else. Each test
 * hires its own people; the demo's policy is the starting point.
 */
@IntegrationTest
class MobilityApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private AlumniPeople staff() {
		return new AlumniPeople(this.port, this.people, this.accounts);
	}

	static String json(Map<String, ?> body) {
		return JSON.writeValueAsString(body);
	}

	static Map<String, Object> policy(String title, String body, String whatChanged, Integer base) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("title", title);
		map.put("body", body);
		map.put("whatChanged", whatChanged);
		map.put("baseVersion", base);
		return map;
	}

	static Map<String, Object> horizon(String kind, Integer months, String note, boolean shared, Long version) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", kind);
		map.put("withinMonths", months);
		map.put("note", note);
		map.put("sharedWithManager", shared);
		map.put("version", version);
		return map;
	}

	private long versions() {
		return this.jdbc.sql("select count(*) from alumni_mobility_policy").query(Long.class).single();
	}

	@Test
	void theLeadPublishesAVersionEveryoneReadsItAndWhatChanged() {
		ApiClient lead = staff().hire(null, Role.TALENT_LEAD).api();
		ApiClient talent = staff().hire(null, Role.TALENT).api();
		ApiClient alumnus = staff().hire(null, Role.ALUMNUS).api();
		int current = lead.get("/api/v1/mobility-policy").json().path("number").asInt();
		String before = lead.get("/api/v1/mobility-policy").json().path("body").asString();

		ApiClient.Response published = lead.post("/api/v1/mobility-policy/versions", json(policy("Our mobility policy",
				before + "\n\nA new paragraph on sabbaticals.", "Adds sabbaticals.", current)));
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		assertThat(published.location()).endsWith("/api/v1/mobility-policy/versions/" + (current + 1));
		assertThat(published.json().path("publishedBy").asString()).startsWith("Alum Person");

		JsonNode read = alumnus.get("/api/v1/mobility-policy").json();
		assertThat(read.path("number").asInt()).as("an alumnus reads the policy").isEqualTo(current + 1);
		assertThat(read.path("whatChanged").asString()).isEqualTo("Adds sabbaticals.");
		assertThat(talent.get("/api/v1/mobility-policy/versions").json().get(0).path("number").asInt()).isEqualTo(current + 1);
		assertThat(talent.get("/api/v1/mobility-policy/versions/" + current).json().path("body").asString()).isEqualTo(before);

		JsonNode diff = talent.get("/api/v1/mobility-policy/diff?from=" + current + "&to=" + (current + 1)).json();
		assertThat(diff.path("lines").toString()).contains("{\"kind\":\"ADDED\",\"text\":\"A new paragraph on sabbaticals.\"}");
		assertThat(diff.path("lines").toString()).doesNotContain("REMOVED");
		assertThat(talent.get("/api/v1/mobility-policy/versions/999").status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'alumni.mobility.policyPublished'")
			.query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where details like '%sabbaticals%'").query(Long.class)
			.single()).as("the audit holds no words of the policy").isZero();
	}

	@Test
	void blankStaleUnchangedAndUnauthorisedPublicationsAreRefusedAndNothingIsStored() {
		ApiClient lead = staff().hire(null, Role.TALENT_LEAD).api();
		JsonNode now = lead.get("/api/v1/mobility-policy").json();
		int current = now.path("number").asInt();
		long stored = versions();

		ApiClient.Response blank = lead.post("/api/v1/mobility-policy/versions", json(policy(" ", "", null, current)));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.isProblem()).isTrue();
		assertThat(blank.code()).isEqualTo("alumni.mobility.policy.titleRequired");
		assertThat(lead.post("/api/v1/mobility-policy/versions", json(policy("T", " ", "x", current))).code())
			.isEqualTo("alumni.mobility.policy.bodyRequired");
		assertThat(lead.post("/api/v1/mobility-policy/versions", json(policy("T", "New words.", " ", current))).code())
			.isEqualTo("alumni.mobility.policy.whatChangedRequired");
		assertThat(lead.post("/api/v1/mobility-policy/versions",
				json(policy(now.path("title").asString(), now.path("body").asString(), "Nothing", current))).code())
			.isEqualTo("alumni.mobility.policy.unchanged");
		ApiClient.Response stale = lead.post("/api/v1/mobility-policy/versions",
				json(policy("T", "New words.", "Changed", current - 1)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
		assertThat(lead.post("/api/v1/mobility-policy/versions", "{\"title\": ").status()).isEqualTo(400);

		ApiClient manager = staff().hire(null, Role.MANAGER).api();
		assertThat(manager.post("/api/v1/mobility-policy/versions", json(policy("T", "B", "C", current))).status())
			.isEqualTo(403);
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.post("/api/v1/mobility-policy/versions", json(policy("T", "B", "C", current))).status())
			.isEqualTo(403);
		assertThat(admin.get("/api/v1/mobility-policy").status()).as("administrators read no careers").isEqualTo(403);
		assertThat(admin.get("/api/v1/mobility-policy/versions").status()).isEqualTo(403);
		assertThat(versions()).isEqualTo(stored);
	}

	@Test
	void aTalentSharesTheirHorizonWithTheirManagerAndUnsharingHidesItAtOnce() {
		AlumniPeople staff = staff();
		AlumniPeople.Member manager = staff.hire(null, Role.MANAGER);
		AlumniPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		AlumniPeople.Member colleague = staff.hire(manager.personId(), Role.TALENT);
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		String note = "Interviewing at a rival " + talent.personId();

		assertThat(talent.api().get("/api/v1/me/career-horizon").code()).isEqualTo("alumni.mobility.horizon.none");
		ApiClient.Response set = talent.api().put("/api/v1/me/career-horizon",
				json(horizon("EXPLORING_OUTSIDE", 12, note, true, null)));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().path("withinMonths").asInt()).isEqualTo(12);
		long version = set.json().path("version").asLong();

		assertThat(manager.api().get("/api/v1/career-horizons").body()).contains(talent.personId().toString(), note);
		assertThat(lead.get("/api/v1/career-horizons").body()).contains(talent.personId().toString(), note);
		assertThat(colleague.api().get("/api/v1/career-horizons").status()).as("another talent").isEqualTo(403);
		assertThat(colleague.api().get("/api/v1/me/career-horizon").body()).doesNotContain(note);

		// the lead is told, without the note's words; the audit holds no note either
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from notification where kind = 'alumni.mobility.exploringOutside' and arguments like ?")
			.param("%" + talent.name() + "%").query(Long.class).single()).isPositive());
		assertThat(this.jdbc.sql("select count(*) from notification where arguments like ?").param("%" + note + "%")
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where details like ?").param("%Interviewing%")
			.query(Long.class).single()).isZero();

		ApiClient.Response unshared = talent.api().put("/api/v1/me/career-horizon",
				json(horizon("EXPLORING_OUTSIDE", 12, note, false, version)));
		assertThat(unshared.status()).as(unshared.body()).isEqualTo(200);
		assertThat(manager.api().get("/api/v1/career-horizons").body()).as("unshared: gone at once")
			.doesNotContain(talent.personId().toString(), note);
		assertThat(lead.get("/api/v1/career-horizons").body()).contains(note);

		ApiClient.Response stale = talent.api().put("/api/v1/me/career-horizon",
				json(horizon("NONE", null, null, true, version)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(talent.api().delete("/api/v1/me/career-horizon").status()).isEqualTo(204);
		assertThat(lead.get("/api/v1/career-horizons").body()).doesNotContain(note);
	}

	@Test
	void aManagerWithoutAShareSeesNothingAndNeitherDoOtherManagersAlumniOrAdministrators() {
		AlumniPeople staff = staff();
		AlumniPeople.Member manager = staff.hire(null, Role.MANAGER);
		AlumniPeople.Member otherManager = staff.hire(null, Role.MANAGER);
		AlumniPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		AlumniPeople.Member sharer = staff.hire(manager.personId(), Role.TALENT);
		talent.api().put("/api/v1/me/career-horizon", json(horizon("EXPLORING_OUTSIDE", 6, "Kept to myself", false, null)));
		sharer.api().put("/api/v1/me/career-horizon", json(horizon("EXPLORING_INSIDE", null, "Shared with my manager", true, null)));

		String seen = manager.api().get("/api/v1/career-horizons").body();
		assertThat(seen).doesNotContain(talent.personId().toString(), "Kept to myself").contains(sharer.personId().toString());
		assertThat(otherManager.api().get("/api/v1/career-horizons").body()).as("not their report")
			.doesNotContain(sharer.personId().toString());

		ApiClient alumnus = staff.hire(null, Role.ALUMNUS).api();
		assertThat(alumnus.get("/api/v1/mobility-policy").status()).isEqualTo(200);
		assertThat(alumnus.get("/api/v1/me/career-horizon").status()).as("an alumnus has no horizon").isEqualTo(403);
		assertThat(alumnus.put("/api/v1/me/career-horizon", json(horizon("NONE", null, null, false, null))).status())
			.isEqualTo(403);
		assertThat(alumnus.get("/api/v1/career-horizons").status()).isEqualTo(403);
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get("/api/v1/career-horizons").status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/me/career-horizon").status()).isEqualTo(403);
		assertThat(manager.api().get("/api/v1/me/career-horizon").status()).as("a manager without the talent role")
			.isEqualTo(403);
	}

	@Test
	void badHorizonsAreRefusedWithTheirFieldAndNothingIsStored() {
		AlumniPeople.Member talent = staff().hire(null, Role.TALENT);
		ApiClient api = talent.api();

		ApiClient.Response noKind = api.put("/api/v1/me/career-horizon", json(horizon(null, null, null, false, null)));
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(noKind.code()).isEqualTo("alumni.mobility.horizon.kindRequired");
		assertThat(api.put("/api/v1/me/career-horizon", json(horizon("EXPLORING_OUTSIDE", 7, null, false, null))).code())
			.isEqualTo("alumni.mobility.horizon.monthsRequired");
		assertThat(api.put("/api/v1/me/career-horizon", json(horizon("EXPLORING_OUTSIDE", null, null, false, null))).code())
			.isEqualTo("alumni.mobility.horizon.monthsRequired");
		assertThat(api.put("/api/v1/me/career-horizon", json(horizon("SOMEWHERE", null, null, false, null))).status())
			.isEqualTo(400);
		assertThat(api.put("/api/v1/me/career-horizon", json(horizon("NONE", null, "x".repeat(1001), false, null))).status())
			.isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from alumni_career_horizon where person_id = ?").param(talent.personId())
			.query(Long.class).single()).isZero();

		ApiClient.Response inside = api.put("/api/v1/me/career-horizon", json(horizon("EXPLORING_INSIDE", 12, null, false, null)));
		assertThat(inside.status()).isEqualTo(200);
		assertThat(inside.json().path("withinMonths").isNull()).as("months only for exploring outside").isTrue();
		assertThat(api.put("/api/v1/me/career-horizon", json(horizon("NONE", null, null, false, null))).code())
			.as("a change needs the version read").isEqualTo("shared.version.required");
	}

	@Test
	void aTalentWhoLeavesLosesTheirHorizonAndAnErasedOneLeavesNothing() {
		AlumniPeople.Member talent = staff().hire(null, Role.TALENT);
		talent.api().put("/api/v1/me/career-horizon", json(horizon("EXPLORING_OUTSIDE", 3, "Leaving soon", true, null)));
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.post("/api/v1/people/" + talent.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now())).status()).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from alumni_career_horizon where person_id = ?").param(talent.personId())
			.query(Long.class).single()).isZero());

		AlumniPeople.Member publisher = staff().hire(null, Role.TALENT_LEAD);
		JsonNode now = publisher.api().get("/api/v1/mobility-policy").json();
		publisher.api().post("/api/v1/mobility-policy/versions", json(policy(now.path("title").asString(),
				now.path("body").asString() + "\n\nOne more line.", "One more line.", now.path("number").asInt())));
		assertThat(lead.post("/api/v1/people/" + publisher.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now())).status()).isEqualTo(200);
		assertThat(lead.post("/api/v1/people/" + publisher.personId() + "/erasure", "").status()).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from alumni_mobility_policy where published_by = ?").param(publisher.personId())
			.query(Long.class).single()).isZero());
		assertThat(lead.get("/api/v1/mobility-policy").json().path("publishedBy").isNull())
			.as("the version stays, naming nobody").isTrue();
	}

}
