package io.cocareer.alumni.entry;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
 * The alumni programme at entry over the API: a hire gets a pending acknowledgement and gives it;
 * staff already here may too; the coverage and the worklist are the talent lead's, with the
 * reminder; administrators and alumni acknowledge nothing.
 */
@IntegrationTest
class EntryApiIntegrationTests {

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

	private JsonNode awaitPending(ApiClient hire) {
		JsonNode[] welcome = new JsonNode[1];
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			welcome[0] = hire.get("/api/v1/me/alumni-welcome").json();
			assertThat(welcome[0].path("pending").asBoolean()).isTrue();
		});
		return welcome[0];
	}

	/**
	 * A hire who reads the welcome at once may race their hire's listener for the same row; both now
	 * insert only if absent. The race itself is a matter of milliseconds and this does not force it:
	 * it shows that acknowledging right after the hire works, whichever row is there first.
	 */
	@Test
	void aHireWhoAcknowledgesAtOnceRacesNoListener() {
		for (int i = 0; i < 8; i++) {
			AlumniPeople.Member hire = staff().hire(LocalDate.now().minusDays(1), null, Role.TALENT);
			ApiClient.Response given = hire.api().post("/api/v1/me/alumni-welcome/acknowledgement", "");
			assertThat(given.status()).as(given.body()).isEqualTo(200);
			assertThat(given.json().path("acknowledged").asBoolean()).isTrue();
		}
	}

	@Test
	void aNewHireGetsAPendingAcknowledgementAndGivesItOnce() {
		LocalDate hiredOn = LocalDate.now().minusDays(3);
		AlumniPeople.Member hire = staff().hire(hiredOn, null, Role.TALENT);
		ApiClient api = hire.api();

		JsonNode pending = awaitPending(api);
		assertThat(pending.path("mayAcknowledge").asBoolean()).isTrue();
		assertThat(pending.path("hiredOn").asString()).isEqualTo(hiredOn.toString());
		assertThat(pending.path("acknowledgedAt").isNull()).isTrue();
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.get("/api/v1/alumni/entry/coverage").json().path("pending").toString())
			.as("on the lead's worklist").contains(hire.personId().toString(), hire.name());

		ApiClient.Response given = api.post("/api/v1/me/alumni-welcome/acknowledgement", "");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(given.json().path("pending").asBoolean()).isFalse();
		assertThat(given.json().path("acknowledged").asBoolean()).isTrue();
		String at = given.json().path("acknowledgedAt").asString();
		assertThat(at).isNotBlank();
		ApiClient.Response again = api.post("/api/v1/me/alumni-welcome/acknowledgement", "");
		assertThat(again.json().path("acknowledgedAt").asString()).as("the first time stays").isEqualTo(at);
		assertThat(lead.get("/api/v1/alumni/entry/coverage").json().path("pending").toString())
			.doesNotContain(hire.personId().toString());
	}

	@Test
	void staffAlreadyHereMayAcknowledgeButAreNoHireOfTheCoverage() {
		AlumniPeople.Member manager = staff().hire(null, Role.MANAGER);
		// the listener makes a pending row for every hire, this one too: wait for it, then forget it was a hire
		awaitPending(manager.api());
		this.jdbc.sql("delete from alumni_entry_acknowledgement where person_id = ?").param(manager.personId()).update();

		JsonNode none = manager.api().get("/api/v1/me/alumni-welcome").json();
		assertThat(none.path("pending").asBoolean()).isFalse();
		assertThat(none.path("acknowledged").asBoolean()).isFalse();
		assertThat(manager.api().post("/api/v1/me/alumni-welcome/acknowledgement", "").json().path("acknowledged")
			.asBoolean()).isTrue();
		assertThat(this.jdbc.sql("select source from alumni_entry_acknowledgement where person_id = ?")
			.param(manager.personId()).query(String.class).single()).isEqualTo("READ");
	}

	@Test
	void theLeadRemindsANewHireAndOnlyTheLeadReadsTheCoverage() {
		AlumniPeople.Member hire = staff().hire(LocalDate.now().minusDays(10), null, Role.TALENT);
		awaitPending(hire.api());
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");

		ApiClient.Response reminded = lead.post("/api/v1/alumni/entry/coverage/reminders/" + hire.personId(), "");
		assertThat(reminded.status()).as(reminded.body()).isEqualTo(204);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from notification n join account a on a.id = n.account_id "
					+ "where n.kind = 'alumni.entry.reminder' and a.person_id = ?")
			.param(hire.personId()).query(Long.class).single()).isEqualTo(1));
		JsonNode coverage = lead.get("/api/v1/alumni/entry/coverage").json();
		assertThat(coverage.path("minGroupSize").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(coverage.path("pending").toString()).contains("remindedAt");
		assertThat(coverage.path("total").path("hires").asLong()).isGreaterThanOrEqualTo(5);

		hire.api().post("/api/v1/me/alumni-welcome/acknowledgement", "");
		assertThat(lead.post("/api/v1/alumni/entry/coverage/reminders/" + hire.personId(), "").code())
			.isEqualTo("alumni.entry.remind.acknowledged");
		assertThat(lead.post("/api/v1/alumni/entry/coverage/reminders/" + java.util.UUID.randomUUID(), "").status())
			.isEqualTo(404);
		assertThat(lead.post("/api/v1/alumni/entry/coverage/reminders/not-an-id", "").status()).isEqualTo(400);

		assertThat(hire.api().get("/api/v1/alumni/entry/coverage").status()).isEqualTo(403);
		assertThat(staff().hire(null, Role.MANAGER).api().get("/api/v1/alumni/entry/coverage").status()).isEqualTo(403);
		assertThat(hire.api().post("/api/v1/alumni/entry/coverage/reminders/" + hire.personId(), "").status())
			.isEqualTo(403);
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get("/api/v1/alumni/entry/coverage").status()).isEqualTo(403);
	}

	@Test
	void administratorsAndAlumniAcknowledgeNothing() {
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get("/api/v1/me/alumni-welcome").status()).isEqualTo(403);
		assertThat(admin.post("/api/v1/me/alumni-welcome/acknowledgement", "").status()).isEqualTo(403);

		ApiClient alumnus = ApiClient.as(this.port, "alumnus", "demo");
		JsonNode welcome = alumnus.get("/api/v1/me/alumni-welcome").json();
		assertThat(welcome.path("mayAcknowledge").asBoolean()).isFalse();
		assertThat(alumnus.post("/api/v1/me/alumni-welcome/acknowledgement", "").status()).isEqualTo(403);
	}

	@Test
	void anErasedHiresAcknowledgementGoes() {
		AlumniPeople.Member hire = staff().hire(LocalDate.now().minusDays(1), null, Role.TALENT);
		awaitPending(hire.api());
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		lead.post("/api/v1/people/" + hire.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now()));
		assertThat(lead.get("/api/v1/alumni/entry/coverage").json().path("pending").toString())
			.as("a leaver is no longer on the worklist").doesNotContain(hire.personId().toString());
		assertThat(lead.post("/api/v1/people/" + hire.personId() + "/erasure", "").status()).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from alumni_entry_acknowledgement where person_id = ?").param(hire.personId())
			.query(Long.class).single()).isZero());
	}

}
