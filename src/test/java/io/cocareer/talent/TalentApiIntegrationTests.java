package io.cocareer.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TalentApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;


	@Test
	void leadListsThePool() {
		ApiClient.Response pool = lead().get("/api/v1/talents?size=200");

		assertThat(pool.status()).isEqualTo(200);
		assertThat(pool.json().path("total").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(ids(pool.json().path("items"))).contains(tara());
	}

	@Test
	void leadFiltersThePoolByReason() {
		JsonNode items = lead().get("/api/v1/talents?reason=LONG_TERM_POTENTIAL&size=200").json().path("items");

		assertThat(items.size()).isPositive();
		items.forEach((item) -> assertThat(item.path("reason").asString()).isEqualTo("LONG_TERM_POTENTIAL"));
	}

	@Test
	void managerListsOnlyTheirReportsWhoAreTalents() {
		UUID marco = TalentTestPeople.personOf(this.port, "manager");
		Set<UUID> reports = new HashSet<>(this.directory.directReports(PersonId.of(marco)).stream().map(PersonSummary::id).toList());

		ApiClient.Response pool = ApiClient.as(this.port, "manager", "demo").get("/api/v1/talents");

		assertThat(pool.status()).isEqualTo(200);
		assertThat(ids(pool.json().path("items"))).contains(tara()).allMatch(reports::contains);
	}

	@Test
	void talentCannotListThePool() {
		ApiClient.Response pool = talent().get("/api/v1/talents");

		assertThat(pool.status()).isEqualTo(403);
		assertThat(pool.isProblem()).isTrue();
		assertThat(pool.code()).isEqualTo("talent.denied.leadOnly");
	}

	@Test
	void leadDesignatesANewPersonWhoGetsAnEmptyProfile() {
		UUID person = TalentTestPeople.newPerson(this.people, null);

		ApiClient.Response created = lead().post("/api/v1/talents", designation(person, LocalDate.now().plusMonths(6)));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/talents/" + person + "/designation");
		assertThat(created.json().path("designatedBy").asString()).isEqualTo("lead");
		JsonNode profile = lead().get("/api/v1/talents/" + person + "/profile").json();
		assertThat(profile.path("designation").path("reason").asString()).isEqualTo("LONG_TERM_POTENTIAL");
		assertThat(profile.path("values").size()).isZero();

		JsonNode audit = lead().get("/api/v1/admin/audit?action=talent.designated&subject=" + person).json();
		assertThat(audit.path("items").size()).isEqualTo(1);
		assertThat(audit.path("items").get(0).path("actor").asString()).isEqualTo("lead");

		ApiClient.Response again = lead().post("/api/v1/talents", designation(person, LocalDate.now().plusMonths(6)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("talent.designation.alreadyActive");
	}

	@Test
	void designatingWithAReviewDateInThePastIsRejected() {
		UUID person = TalentTestPeople.newPerson(this.people, null);

		ApiClient.Response refused = lead().post("/api/v1/talents", designation(person, LocalDate.now().minusDays(1)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().path("errors").toString()).contains("reviewOn");
	}

	@Test
	void onlyTheLeadDesignates() {
		UUID person = TalentTestPeople.newPerson(this.people, null);

		ApiClient.Response refused = ApiClient.as(this.port, "manager", "demo")
			.post("/api/v1/talents", designation(person, LocalDate.now().plusMonths(6)));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void leadChangesAndEndsADesignationAndTheHistoryIsKept() {
		UUID person = TalentTestPeople.newPerson(this.people, null);
		lead().post("/api/v1/talents", designation(person, LocalDate.now().plusMonths(6)));

		ApiClient.Response changed = lead().put("/api/v1/talents/" + person + "/designation", json(Map.of("reason",
				"IMMEDIATE_CONTRIBUTION", "evidence", "Closed two key accounts", "reviewOn",
				LocalDate.now().plusMonths(9).toString(), "performance", 3, "potential", 3, "version",
				lead().get("/api/v1/talents/" + person + "/designation").json().path("version").asLong())));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("nineBoxLabel").asString()).isNotBlank();
		assertThat(changed.json().path("performance").asInt()).isEqualTo(3);

		ApiClient.Response ended = lead().delete("/api/v1/talents/" + person + "/designation?reason=Left+the+programme");
		assertThat(ended.status()).isEqualTo(204);

		JsonNode designation = lead().get("/api/v1/talents/" + person + "/designation").json();
		assertThat(designation.path("active").asBoolean()).isFalse();
		assertThat(designation.path("endReason").asString()).isEqualTo("Left the programme");
		assertThat(ids(lead().get("/api/v1/talents?size=200").json().path("items"))).doesNotContain(person);
	}

	@Test
	void talentCannotReadAnotherTalentsProfile() {
		ApiClient.Response profile = talent().get("/api/v1/talents/" + otherManagersTalent() + "/profile");

		assertThat(profile.status()).isEqualTo(404);
		assertThat(profile.isProblem()).isTrue();
		assertThat(profile.code()).isEqualTo("talent.notFound");
	}

	@Test
	void managerReadsOwnReportsProfile() {
		ApiClient.Response profile = ApiClient.as(this.port, "manager", "demo")
			.get("/api/v1/talents/" + tara() + "/profile");

		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.json().path("name").asString()).isEqualTo("Tara Nguyen");
		assertThat(profile.json().path("values").size()).isPositive();
	}

	@Test
	void managerCannotReadProfileOfSomeoneElsesReport() {
		ApiClient.Response profile = ApiClient.as(this.port, "manager", "demo")
			.get("/api/v1/talents/" + otherManagersTalent() + "/profile");

		assertThat(profile.status()).isEqualTo(404);
		assertThat(profile.isProblem()).isTrue();
		assertThat(profile.code()).isEqualTo("talent.notFound");
	}

	@Test
	void adminCannotReadProfiles() {
		ApiClient.Response profile = ApiClient.as(this.port, "admin", "demo").get("/api/v1/talents/" + tara() + "/profile");

		assertThat(profile.status()).isEqualTo(404);
		assertThat(profile.code()).isEqualTo("talent.notFound");
	}

	@Test
	void talentReadsAndUpdatesOwnProfile() {
		JsonNode before = talent().get("/api/v1/talents/" + tara() + "/profile").json();
		Map<String, Object> request = sameProfile(before);
		request.put("personalBrand", "Known as the calm one in an incident, " + System.nanoTime());

		ApiClient.Response saved = talent().put("/api/v1/talents/" + tara() + "/profile", json(request));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().path("personalBrand").asString()).isEqualTo(request.get("personalBrand"));
		assertThat(saved.json().path("values").toString()).isEqualTo(before.path("values").toString());
		assertThat(saved.json().path("version").asLong()).isGreaterThan(before.path("version").asLong());
	}

	@Test
	void talentCannotUpdateSomeoneElsesProfile() {
		UUID other = otherManagersTalent();
		JsonNode theirs = lead().get("/api/v1/talents/" + other + "/profile").json();

		ApiClient.Response refused = talent().put("/api/v1/talents/" + other + "/profile", json(sameProfile(theirs)));

		assertThat(refused.status()).isIn(403, 404);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void leadCannotUpdateATalentsProfile() {
		JsonNode profile = lead().get("/api/v1/talents/" + tara() + "/profile").json();

		ApiClient.Response refused = lead().put("/api/v1/talents/" + tara() + "/profile", json(sameProfile(profile)));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("talent.denied.editOthers");
	}

	@Test
	void aStaleVersionIsAConflict() {
		JsonNode profile = talent().get("/api/v1/talents/" + tara() + "/profile").json();
		Map<String, Object> request = sameProfile(profile);
		request.put("version", profile.path("version").asLong() + 7);

		ApiClient.Response stale = talent().put("/api/v1/talents/" + tara() + "/profile", json(request));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
	}

	@Test
	void anInvalidProfileIsRejectedWithFieldErrors() {
		JsonNode profile = talent().get("/api/v1/talents/" + tara() + "/profile").json();
		Map<String, Object> tooLong = sameProfile(profile);
		tooLong.put("personalBrand", "x".repeat(1001));

		ApiClient.Response invalid = talent().put("/api/v1/talents/" + tara() + "/profile", json(tooLong));

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.isProblem()).isTrue();
		assertThat(invalid.json().path("errors").toString()).contains("personalBrand");

		Map<String, Object> duplicate = sameProfile(profile);
		duplicate.put("values", List.of("Learning", "learning"));
		ApiClient.Response refused = talent().put("/api/v1/talents/" + tara() + "/profile", json(duplicate));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("talent.profile.duplicateValue");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("values[1]");
	}

	@Test
	void aTalentOutsideThePoolStartsTheirOwnProfileWhichTheirManagerReads() {
		UUID marco = TalentTestPeople.personOf(this.port, "manager");
		String username = TalentTestPeople.newTalentAccount(this.people, this.accounts, marco);
		ApiClient newcomer = ApiClient.as(this.port, username, TalentTestPeople.PASSWORD);
		UUID self = TalentTestPeople.personOf(this.port, username, TalentTestPeople.PASSWORD);
		assertThat(lead().get("/api/v1/talents/" + self + "/profile").status()).isEqualTo(404);

		JsonNode empty = newcomer.get("/api/v1/talents/" + self + "/profile").json();
		assertThat(empty.path("version").asLong()).isZero();
		assertThat(empty.path("designation").isNull()).isTrue();
		Map<String, Object> request = sameProfile(empty);
		request.put("values", List.of("Curiosity", "Craft"));
		ApiClient.Response saved = newcomer.put("/api/v1/talents/" + self + "/profile", json(request));

		assertThat(saved.status()).isEqualTo(200);
		JsonNode seenByManager = ApiClient.as(this.port, "manager", "demo")
			.get("/api/v1/talents/" + self + "/profile")
			.json();
		assertThat(seenByManager.path("values").toString()).isEqualTo("[\"Curiosity\",\"Craft\"]");
		assertThat(talent().get("/api/v1/talents/" + self + "/profile").status()).isEqualTo(404);
	}

	@Test
	void managerAddsANoteThatTheTalentReads() {
		String body = "Strong quarter: led the incident review. " + System.nanoTime();

		ApiClient.Response created = ApiClient.as(this.port, "manager", "demo")
			.post("/api/v1/talents/" + tara() + "/notes", json(Map.of("body", body)));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).startsWith("/api/v1/talents/" + tara() + "/notes/");
		JsonNode notes = talent().get("/api/v1/talents/" + tara() + "/notes").json();
		assertThat(notes.get(0).path("body").asString()).isEqualTo(body);
		assertThat(notes.get(0).path("authorName").asString()).isEqualTo("Marco Rossi");
	}

	@Test
	void aNoteNamesItsAuthorAsTheyAreCalledNowNotByACopyOfTheirName() {
		UUID author = TalentTestPeople.newPerson(this.people, null);
		String username = "nl" + Long.toString(System.nanoTime(), 36);
		this.accounts.create(username, TalentTestPeople.PASSWORD, author, this.directory.get(PersonId.of(author)).fullName(),
				Set.of(Role.TALENT_LEAD));
		ApiClient newLead = ApiClient.as(this.port, username, TalentTestPeople.PASSWORD);
		UUID talent = TalentTestPeople.newPerson(this.people, null);
		assertThat(newLead.post("/api/v1/talents", designation(talent, LocalDate.now().plusMonths(6))).status())
			.isEqualTo(201);
		assertThat(newLead.post("/api/v1/talents/" + talent + "/notes", json(Map.of("body", "Ran the pilot well")))
			.status()).isEqualTo(201);

		PersonView before = this.directory.get(PersonId.of(author));
		this.people.update(PeopleTestActors.HR, author, new SavePerson(before.employeeId(), "Noor", "Renamed", before.email(),
				before.title(), before.unitId(), before.managerId(), before.hireDate()), before.version());

		JsonNode notes = newLead.get("/api/v1/talents/" + talent + "/notes").json();
		assertThat(notes.get(0).path("authorName").asString()).isEqualTo("Noor Renamed");
		assertThat(this.jdbc.sql("select author_name from profile_note where person_id = :id")
			.param("id", talent)
			.query(String.class)
			.optional()).as("no copy of the author's name").isEmpty();
	}

	@Test
	void aTalentCannotWriteNotesAboutThemselvesAndEmptyNotesAreRejected() {
		ApiClient.Response own = talent().post("/api/v1/talents/" + tara() + "/notes", json(Map.of("body", "Me")));
		assertThat(own.status()).isEqualTo(403);

		ApiClient.Response empty = lead().post("/api/v1/talents/" + tara() + "/notes", json(Map.of("body", " ")));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").toString()).contains("body");
	}

	@Test
	void leadAddsACompetencyWhoseNameMustBeUnique() {
		String name = "Systems thinking " + System.nanoTime();
		String request = json(Map.of("name", name, "category", "Mindset", "description", "Sees the whole"));

		ApiClient.Response created = lead().post("/api/v1/competencies", request);
		assertThat(created.status()).isEqualTo(201);
		assertThat(talent().get("/api/v1/competencies").body()).contains(name);

		ApiClient.Response duplicate = lead().post("/api/v1/competencies", request);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.code()).isEqualTo("talent.competency.duplicateName");

		ApiClient.Response notLead = talent().post("/api/v1/competencies",
				json(Map.of("name", name + " 2", "category", "Mindset")));
		assertThat(notLead.status()).isEqualTo(403);
	}

	@Test
	void leadReadsTheNineBox() {
		JsonNode nineBox = lead().get("/api/v1/talents/nine-box").json();

		assertThat(nineBox.path("cells").size()).isEqualTo(9);
		assertThat(nineBox.path("total").asInt()).isPositive();
		assertThat(ApiClient.as(this.port, "manager", "demo").get("/api/v1/talents/nine-box").status()).isEqualTo(403);
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	private ApiClient talent() {
		return ApiClient.as(this.port, "talent", "demo");
	}

	private UUID tara() {
		return TalentTestPeople.personOf(this.port, "talent");
	}

	/** A demo talent who does not report to the demo manager. */
	private UUID otherManagersTalent() {
		UUID marco = TalentTestPeople.personOf(this.port, "manager");
		Set<UUID> marcosReports = new HashSet<>(this.directory.directReports(PersonId.of(marco)).stream().map(PersonSummary::id).toList());
		return ids(lead().get("/api/v1/talents?size=200").json().path("items")).stream()
			.filter((id) -> !marcosReports.contains(id) && !id.equals(marco))
			.findFirst()
			.orElseThrow();
	}

	private static List<UUID> ids(JsonNode items) {
		List<UUID> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(UUID.fromString(item.path("personId").asString())));
		return ids;
	}

	private static String designation(UUID person, LocalDate reviewOn) {
		return json(Map.of("personId", person.toString(), "reason", "LONG_TERM_POTENTIAL", "evidence",
				"Learns fast; ran the pilot", "reviewOn", reviewOn.toString(), "performance", 2, "potential", 3));
	}

	/** A profile update that keeps everything as it is. */
	private static Map<String, Object> sameProfile(JsonNode profile) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("values", strings(profile.path("values")));
		request.put("shortTermAspiration", text(profile, "shortTermAspiration"));
		request.put("longTermAspiration", text(profile, "longTermAspiration"));
		request.put("desiredRoles", strings(profile.path("desiredRoles")));
		request.put("personalBrand", text(profile, "personalBrand"));
		request.put("potentialStatement", text(profile, "potentialStatement"));
		List<Map<String, Object>> competencies = new ArrayList<>();
		profile.path("competencies").forEach((c) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("competencyId", c.path("competencyId").asString());
			row.put("proficiency", c.path("proficiency").asInt());
			row.put("evidence", text(c, "evidence"));
			competencies.add(row);
		});
		request.put("competencies", competencies);
		request.put("version", profile.path("version").asLong());
		return request;
	}

	private static List<String> strings(JsonNode array) {
		List<String> result = new ArrayList<>();
		array.forEach((node) -> result.add(node.asString()));
		return result;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asString();
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
