package io.cocareer.talent.pool;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.TalentTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform: HR records that a talent has left, and the talent module, told by the
 * people module's {@code PersonLeft} through the event publication registry, ends the designation
 * (the history kept, the reason said) and owes nothing afterwards.
 */
@IntegrationTest
class LeavingEndsTheDesignationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTalentWhoLeavesIsNoLongerInThePoolAndTheReasonSaysWhy() {
		UUID person = TalentTestPeople.newPerson(this.people, null);
		ApiClient.Response designated = lead().post("/api/v1/talents", """
				{"personId": "%s", "reason": "LONG_TERM_POTENTIAL", "evidence": "Ran the pilot",
				 "reviewOn": "%s", "performance": 2, "potential": 3}""".formatted(person, LocalDate.now().plusMonths(6)));
		assertThat(designated.status()).as(designated.body()).isEqualTo(201);
		LocalDate leftOn = LocalDate.now();

		ApiClient.Response left = lead().post("/api/v1/people/" + person + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(leftOn));
		assertThat(left.status()).as(left.body()).isEqualTo(200);

		// the talent module reacts after the leaving is committed, on a thread of its own
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode designation = lead().get("/api/v1/talents/" + person + "/designation").json();
			assertThat(designation.path("active").asBoolean()).isFalse();
			assertThat(designation.path("endReason").asString()).isEqualTo("Left the organisation on " + leftOn + ".");
		});
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = :action and subject_id = :id")
			.param("action", "talent.designation.endedOnLeaving")
			.param("id", person.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		// completed publications are not kept
		await().atMost(Duration.ofSeconds(10)).until(() -> owedFor(person) == 0);
	}

	private long owedFor(UUID person) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like :id")
			.param("id", "%" + person + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void someoneWhoLeavesWithoutADesignationLeavesThePoolUntouched() {
		UUID person = TalentTestPeople.newPerson(this.people, null);

		ApiClient.Response left = lead().post("/api/v1/people/" + person + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now()));

		assertThat(left.status()).as(left.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> owedFor(person) == 0);
		assertThat(lead().get("/api/v1/talents/" + person + "/designation").status()).isEqualTo(404);
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

}
