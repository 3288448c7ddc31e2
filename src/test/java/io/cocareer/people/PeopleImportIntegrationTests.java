package io.cocareer.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PeopleImportIntegrationTests {

	static final String HEADER = "employee_id,first_name,last_name,email,title,unit_code,manager_employee_id,hire_date\n";

	@LocalServerPort
	int port;

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	private static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000_000);
	}

	private JsonNode upload(String content) {
		ApiClient.Response response = lead().postMultipart("/api/v1/imports", "file", "people.csv", content);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.location()).startsWith("/api/v1/imports/");
		return response.json();
	}

	/** Runs a previewed batch and waits (the import runs in the background) until it has finished. */
	private JsonNode runAndWait(String batchId) throws InterruptedException {
		ApiClient.Response started = lead().post("/api/v1/imports/" + batchId + "/run", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		for (int i = 0; i < 150; i++) {
			JsonNode batch = lead().get("/api/v1/imports/" + batchId).json();
			String status = batch.path("status").asString();
			if (!status.equals("RUNNING")) {
				return batch;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The import did not finish in time");
	}

	private long headcount() {
		return lead().get("/api/v1/people?size=1").json().path("total").asLong();
	}

	private JsonNode person(String employeeId) {
		for (JsonNode item : lead().get("/api/v1/people?q=" + employeeId.toLowerCase()).json().path("items")) {
			if (item.path("employeeId").asString().equals(employeeId)) {
				return lead().get("/api/v1/people/" + item.path("id").asString()).json();
			}
		}
		return null;
	}

	/** An existing person of this test's own, so no other test sees them change. */
	private String existingPerson() {
		String key = unique("I");
		ApiClient.Response created = lead().post("/api/v1/people", """
				{"employeeId":"%s","firstName":"Ida","lastName":"Existing","email":"%s@example.com",
				 "title":"Analyst","hireDate":"2020-01-15"}""".formatted(key, key.toLowerCase()));
		assertThat(created.status()).isEqualTo(201);
		return key;
	}

	@Test
	void validFileCreatesNewPeopleAndUpdatesKnownOnesByEmployeeId() throws InterruptedException {
		String known = existingPerson();
		String boss = unique("N");
		String report = unique("M");
		String file = HEADER + """
				%1$s,Ida,Existing,%2$s@example.com,Senior analyst,ENG,%3$s,2020-01-15
				%3$s,Nina,Boss,%4$s@example.com,Head of data,ENG,,2024-02-01
				%5$s,Milo,Report,%6$s@example.com,"Engineer, data",ENG,%3$s,2024-03-01
				""".formatted(known, known.toLowerCase(), boss, boss.toLowerCase(), report, report.toLowerCase());

		JsonNode preview = upload(file);

		assertThat(preview.path("status").asString()).isEqualTo("PREVIEW");
		assertThat(preview.path("created").asInt()).isEqualTo(2);
		assertThat(preview.path("updated").asInt()).isEqualTo(1);
		JsonNode done = runAndWait(preview.path("id").asString());
		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(done.path("processedRows").asInt()).isEqualTo(3);
		JsonNode updated = person(known);
		assertThat(updated.path("title").asString()).isEqualTo("Senior analyst");
		assertThat(updated.path("managerEmployeeId").asString()).isEqualTo(boss);
		assertThat(updated.path("employmentHistory").size()).isEqualTo(1);
		JsonNode created = person(report);
		assertThat(created.path("title").asString()).isEqualTo("Engineer, data");
		assertThat(created.path("managerName").asString()).isEqualTo("Nina Boss");
		assertThat(created.path("employmentHistory").get(0).path("startedOn").asString()).isEqualTo("2024-03-01");
		assertThat(lead().post("/api/v1/imports/" + preview.path("id").asString() + "/run", "").status())
			.as("an import runs once").isEqualTo(409);
	}

	@Test
	void fileWithABadRowIsRejectedAndChangesNothing() {
		String known = existingPerson();
		String newcomer = unique("N");
		long before = headcount();
		String file = HEADER + """
				%1$s,Ida,Existing,%2$s@example.com,Changed title,ENG,,2020-01-15
				%3$s,Nina,New,%4$s@example.com,,ENG,,2024-02-01
				%3$sB,Nils,Bad,not-an-email,,ENG,,2024-13-01
				""".formatted(known, known.toLowerCase(), newcomer, newcomer.toLowerCase());

		JsonNode batch = upload(file);

		assertThat(batch.path("status").asString()).isEqualTo("REJECTED");
		assertThat(batch.path("errors").toString()).contains("\"row\":4", "people.import.error.email",
				"people.import.error.date");
		ApiClient.Response run = lead().post("/api/v1/imports/" + batch.path("id").asString() + "/run", "");
		assertThat(run.status()).isEqualTo(409);
		assertThat(run.code()).isEqualTo("people.import.notRunnable");
		assertThat(headcount()).isEqualTo(before);
		assertThat(person(known).path("title").asString()).isEqualTo("Analyst");
		assertThat(person(newcomer)).isNull();
	}

	@Test
	void importThatNoLongerFitsFailsAtRunTimeAndChangesNothing() throws InterruptedException {
		String known = existingPerson();
		String newcomer = unique("N");
		String email = newcomer.toLowerCase() + "@example.com";
		JsonNode preview = upload(HEADER + """
				%1$s,Ida,Existing,%2$s@example.com,Changed title,ENG,,2020-01-15
				%3$s,Nina,New,%4$s,,ENG,,2024-02-01
				""".formatted(known, known.toLowerCase(), newcomer, email));
		assertThat(preview.path("status").asString()).isEqualTo("PREVIEW");
		// meanwhile, someone else gets the newcomer's email
		assertThat(lead().post("/api/v1/people", """
				{"employeeId":"%sX","firstName":"Other","lastName":"Person","email":"%s","hireDate":"2021-01-01"}"""
			.formatted(newcomer, email)).status()).isEqualTo(201);
		long before = headcount();

		JsonNode failed = runAndWait(preview.path("id").asString());

		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("errors").toString()).contains("people.import.error.emailTaken");
		assertThat(headcount()).isEqualTo(before);
		assertThat(person(known).path("title").asString()).isEqualTo("Analyst");
		assertThat(person(newcomer)).isNull();
	}

	@Test
	void managerCyclesAreDetected() {
		String a = unique("C");
		String b = a + "B";
		JsonNode batch = upload(HEADER + """
				%1$s,Ann,Cycle,%2$s@example.com,,ENG,%3$s,2024-02-01
				%3$s,Ben,Cycle,%4$s@example.com,,ENG,%1$s,2024-02-01
				""".formatted(a, a.toLowerCase(), b, b.toLowerCase()));

		assertThat(batch.path("status").asString()).isEqualTo("REJECTED");
		assertThat(batch.path("errors").findValuesAsString("code")).containsExactly("people.import.error.managerCycle",
				"people.import.error.managerCycle");
		assertThat(batch.path("errors").findValuesAsString("message").get(0)).contains("cycle");
	}

	@Test
	void exportThenImportShowsEveryRowUnchanged() {
		ApiClient.Response export = lead().get("/api/v1/people/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.body()).startsWith(
				"employee_id,first_name,last_name,email,title,unit_code,manager_employee_id,hire_date");

		JsonNode batch = upload(export.body());

		assertThat(batch.path("status").asString()).isEqualTo("PREVIEW");
		assertThat(batch.path("totalRows").asInt()).isGreaterThanOrEqualTo(150);
		assertThat(batch.path("unchanged").asInt()).isEqualTo(batch.path("totalRows").asInt());
		assertThat(batch.path("created").asInt()).isZero();
		assertThat(batch.path("updated").asInt()).isZero();
	}

	@Test
	void theExportNeutralisesFormulasAndItsReimportReadsTheValuesBackUnchanged() {
		String key = unique("X");
		ApiClient.Response created = lead().post("/api/v1/people", """
				{"employeeId":"%s","firstName":"=HYPERLINK(\\"http://evil.example\\",\\"x\\")","lastName":"+SUM(A1)",
				 "email":"%s@example.com","title":"@cmd|' /C calc'!A0","hireDate":"2020-01-15"}"""
			.formatted(key, key.toLowerCase()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		ApiClient.Response export = lead().get("/api/v1/people/export");

		String line = export.body().lines().filter((l) -> l.startsWith(key + ",")).findFirst().orElseThrow();
		assertThat(line).contains(",\"'=HYPERLINK(", ",'+SUM(A1),", ",'@cmd|");
		JsonNode batch = upload(export.body());
		assertThat(batch.path("status").asString()).as(batch.toString()).isEqualTo("PREVIEW");
		assertThat(batch.path("unchanged").asInt()).isEqualTo(batch.path("totalRows").asInt());
		assertThat(batch.path("updated").asInt()).isZero();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRejectedNotAnError() {
		JsonNode batch = upload("name;mail\nAnn;ann@example.com\n");

		assertThat(batch.path("status").asString()).isEqualTo("REJECTED");
		assertThat(batch.path("errors").get(0).path("code").asString()).isEqualTo("people.import.error.missingColumn");
	}

	@Test
	void uploadWithoutAFileIsABadRequest() {
		ApiClient.Response response = lead().post("/api/v1/imports", "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void onlyTheTalentLeadAndAdministratorsImportAndExport() {
		ApiClient manager = ApiClient.as(this.port, "manager", "demo");

		assertThat(manager.postMultipart("/api/v1/imports", "file", "p.csv", HEADER).status()).isEqualTo(403);
		assertThat(manager.get("/api/v1/people/export").status()).isEqualTo(403);
		assertThat(ApiClient.as(this.port, "admin", "demo").get("/api/v1/people/export").status()).isEqualTo(200);
	}

	@Test
	void hireDatesInTheFutureAreRejected() {
		String key = unique("F");
		JsonNode batch = upload(HEADER + "%s,Fay,Future,%s@example.com,,ENG,,%s\n".formatted(key, key.toLowerCase(),
				LocalDate.now().plusYears(1)));

		assertThat(batch.path("errors").get(0).path("code").asString()).isEqualTo("people.import.error.futureDate");
	}

}
