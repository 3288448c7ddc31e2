package io.cocareer.people;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PeopleApiIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	/** A JSON body for a new person with a unique employee id and email. */
	static String newPerson(String tag) {
		String key = tag + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
		return """
				{"employeeId":"T%s","firstName":"Test","lastName":"Person %s","email":"%s@example.com",
				 "title":"Analyst","hireDate":"%s"}""".formatted(key, key, key.toLowerCase(), LocalDate.now().minusYears(1));
	}

	private JsonNode findOne(ApiClient client, String query) {
		JsonNode items = client.get("/api/v1/people?q=" + query.replace(" ", "%20")).json().path("items");
		assertThat(items.size()).as("people matching " + query).isEqualTo(1);
		return items.get(0);
	}

	@Test
	void searchFindsPeopleByNameEmailOrEmployeeId() {
		ApiClient.Response byName = lead().get("/api/v1/people?q=marco%20rossi");
		ApiClient.Response byEmployeeId = lead().get("/api/v1/people?q=" + findOne(lead(), "tara nguyen").path("employeeId").asString());

		assertThat(byName.status()).isEqualTo(200);
		assertThat(byName.json().path("items").get(0).path("name").asString()).isEqualTo("Marco Rossi");
		assertThat(byEmployeeId.json().path("items").get(0).path("name").asString()).isEqualTo("Tara Nguyen");
	}

	@Test
	void directoryIsPaged() {
		JsonNode first = lead().get("/api/v1/people?size=10").json();
		JsonNode second = lead().get("/api/v1/people?size=10&page=1").json();

		assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(150);
		assertThat(first.path("items").size()).isEqualTo(10);
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("items").size()).isEqualTo(10);
		assertThat(second.path("items").get(0).path("id")).isNotEqualTo(first.path("items").get(0).path("id"));
	}

	@Test
	void badQueryParametersAreAProblemNotAServerError() {
		ApiClient.Response page = lead().get("/api/v1/people?page=abc");
		ApiClient.Response unit = lead().get("/api/v1/people?unit=not-a-uuid");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.isProblem()).isTrue();
		assertThat(unit.status()).isEqualTo(400);
		assertThat(unit.isProblem()).isTrue();
	}

	@Test
	void getAnswersAPersonWithTheirManagerAndReports() {
		String id = findOne(lead(), "marco rossi").path("id").asString();

		ApiClient.Response marco = lead().get("/api/v1/people/" + id);

		assertThat(marco.status()).isEqualTo(200);
		assertThat(marco.json().path("name").asString()).isEqualTo("Marco Rossi");
		assertThat(marco.json().path("directReports").toString()).contains("Tara Nguyen");
		assertThat(lead().get("/api/v1/people/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
	}

	@Test
	void leadCreatesAPersonAndGetsTheLocation() {
		ApiClient.Response created = lead().post("/api/v1/people", newPerson("create"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/people/" + created.json().path("id").asString());
		assertThat(lead().get(created.location()).json().path("employmentHistory").size()).isEqualTo(1);
	}

	@Test
	void duplicateEmailIsAConflictWithItsCode() {
		String taken = findOne(lead(), "tara nguyen").path("email").asString();
		String body = newPerson("dup").replaceAll("\"email\":\"[^\"]+\"", "\"email\":\"" + taken.toUpperCase() + "\"");

		ApiClient.Response duplicate = lead().post("/api/v1/people", body);

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.isProblem()).isTrue();
		assertThat(duplicate.code()).isEqualTo("people.rule.duplicateEmail");
	}

	@Test
	void invalidBodyIsABadRequestWithFieldErrors() {
		ApiClient.Response invalid = lead().post("/api/v1/people", """
				{"employeeId":"bad id!","firstName":"","lastName":"X","email":"not-an-email","hireDate":"2999-01-01"}""");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.isProblem()).isTrue();
		assertThat(invalid.json().path("errors").toString()).contains("\"firstName\"", "\"email\"", "\"employeeId\"",
				"\"hireDate\"");
	}

	@Test
	void unreadableBodyIsABadRequest() {
		ApiClient.Response invalid = lead().post("/api/v1/people", "{\"hireDate\":\"yesterday\"");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.isProblem()).isTrue();
	}

	@Test
	void talentCannotCreateAPerson() {
		ApiClient.Response denied = ApiClient.as(this.port, "talent", "demo").post("/api/v1/people", newPerson("talent"));

		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.isProblem()).isTrue();
		assertThat(denied.code()).isEqualTo("people.denied.manage");
	}

	@Test
	void managerCannotRecordThatSomeoneLeaves() {
		String tara = findOne(lead(), "tara nguyen").path("id").asString();

		ApiClient.Response denied = ApiClient.as(this.port, "manager", "demo")
			.post("/api/v1/people/" + tara + "/leaving", "{\"leftOn\":\"2026-01-01\",\"reason\":\"test\"}");

		assertThat(denied.status()).isEqualTo(403);
	}

	@Test
	void staleUpdateIsAConflict() {
		JsonNode created = lead().post("/api/v1/people", newPerson("stale")).json();
		String id = created.path("id").asString();
		String changed = "{" + newPerson("stale2").substring(1).replace("}", ",\"version\":" + created.path("version").asLong() + "}");

		ApiClient.Response first = lead().put("/api/v1/people/" + id, changed);
		ApiClient.Response second = lead().put("/api/v1/people/" + id, changed);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.isProblem()).isTrue();
		assertThat(second.code()).isEqualTo("shared.conflict.stale");
	}

	@Test
	void leavingAndRehireKeepBothEmploymentPeriods() {
		String id = lead().post("/api/v1/people", newPerson("boomerang")).json().path("id").asString();
		LocalDate left = LocalDate.now().minusMonths(6);

		ApiClient.Response leaving = lead().post("/api/v1/people/" + id + "/leaving",
				"{\"leftOn\":\"%s\",\"reason\":\"Sabbatical\"}".formatted(left));
		ApiClient.Response rehired = lead().post("/api/v1/people/" + id + "/rehire",
				"{\"rehiredOn\":\"%s\"}".formatted(left.plusMonths(3)));

		assertThat(leaving.status()).isEqualTo(200);
		assertThat(leaving.json().path("status").asString()).isEqualTo("LEFT");
		assertThat(rehired.status()).isEqualTo(200);
		assertThat(rehired.json().path("status").asString()).isEqualTo("ACTIVE");
		JsonNode history = rehired.json().path("employmentHistory");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).path("endReason").asString()).isEqualTo("Sabbatical");
		assertThat(history.get(1).path("endedOn").isNull() || history.get(1).path("endedOn").isMissingNode()).isTrue();
	}

	@Test
	void rehiringSomeoneWhoHasNotLeftIsAConflict() {
		String id = lead().post("/api/v1/people", newPerson("notleft")).json().path("id").asString();

		ApiClient.Response rehire = lead().post("/api/v1/people/" + id + "/rehire", "{\"rehiredOn\":\"2026-01-01\"}");

		assertThat(rehire.status()).isEqualTo(409);
		assertThat(rehire.code()).isEqualTo("people.rule.notLeft");
	}

	@Test
	void employmentHistoryIsHiddenFromATalentLookingAtSomeoneElse() {
		ApiClient talent = ApiClient.as(this.port, "talent", "demo");
		String marco = findOne(lead(), "marco rossi").path("id").asString();
		String tara = findOne(lead(), "tara nguyen").path("id").asString();

		JsonNode aboutManager = talent.get("/api/v1/people/" + marco).json();
		JsonNode aboutHerself = talent.get("/api/v1/people/" + tara).json();
		JsonNode managerAboutTara = ApiClient.as(this.port, "manager", "demo").get("/api/v1/people/" + tara).json();

		assertThat(aboutManager.path("name").asString()).isEqualTo("Marco Rossi");
		assertThat(aboutManager.has("employmentHistory")).isFalse();
		assertThat(aboutHerself.path("employmentHistory").isArray()).isTrue();
		assertThat(managerAboutTara.path("employmentHistory").isArray()).isTrue();
	}

	@Test
	void leadCreatesAUnitAndDuplicateCodesAreConflicts() {
		String code = "U" + System.nanoTime() % 100_000_000;

		ApiClient.Response created = lead().post("/api/v1/units", "{\"code\":\"%s\",\"name\":\"Test unit\"}".formatted(code));
		ApiClient.Response duplicate = lead().post("/api/v1/units", "{\"code\":\"%s\",\"name\":\"Again\"}".formatted(code));
		ApiClient.Response denied = ApiClient.as(this.port, "talent", "demo")
			.post("/api/v1/units", "{\"code\":\"X%s\",\"name\":\"Nope\"}".formatted(code));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).startsWith("/api/v1/units/");
		assertThat(lead().get("/api/v1/units").body()).contains(code);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.code()).isEqualTo("people.rule.duplicateUnitCode");
		assertThat(denied.status()).isEqualTo(403);
	}

}
