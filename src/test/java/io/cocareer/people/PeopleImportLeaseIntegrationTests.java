package io.cocareer.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.people.internal.ImportBatches;
import io.cocareer.people.internal.ImportLeases;
import io.cocareer.people.internal.ImportRunner;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import whose process died (kill -9 halfway) must not stay RUNNING for ever claiming rows it
 * never committed: its lease runs out, the sweep marks it failed, and it can run again.
 */
@IntegrationTest
class PeopleImportLeaseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportLeases leases;

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportBatches batches;

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	private static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000_000);
	}

	/** A valid file of two new people, uploaded and waiting (PREVIEW); answers its id and the employee ids. */
	private String[] previewedBatch() {
		String first = unique("L");
		String second = first + "B";
		ApiClient.Response response = lead().postMultipart("/api/v1/imports", "file", "lease.csv",
				PeopleImportIntegrationTests.HEADER + """
						%1$s,Lea,Lease,%2$s@example.com,,ENG,,2024-02-01
						%3$s,Leo,Lease,%4$s@example.com,,ENG,%1$s,2024-02-01
						""".formatted(first, first.toLowerCase(), second, second.toLowerCase()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().path("status").asString()).isEqualTo("PREVIEW");
		return new String[] { response.json().path("id").asString(), first, second };
	}

	/** What a process killed at row 4,000 of 20,000 leaves behind: RUNNING, progress and counts claimed. */
	private void dieWhileRunning(String batchId, Instant leaseUntil) {
		this.jdbc.sql("""
				update import_batch set status = 'RUNNING', started_at = :now, processed_rows = 1, created_count = 2,
				  lease_token = 'the-dead-process', lease_until = :leaseUntil where id = :id""")
			.param("id", UUID.fromString(batchId))
			.param("now", Timestamp.from(Instant.now()))
			.param("leaseUntil", (leaseUntil != null) ? Timestamp.from(leaseUntil) : null)
			.update();
	}

	private JsonNode batch(String id) {
		return lead().get("/api/v1/imports/" + id).json();
	}

	private boolean exists(String employeeId) {
		return lead().get("/api/v1/people?q=" + employeeId.toLowerCase()).json().path("total").asLong() > 0;
	}

	private JsonNode runAndWait(String batchId) throws InterruptedException {
		ApiClient.Response started = lead().post("/api/v1/imports/" + batchId + "/run", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		for (int i = 0; i < 150; i++) {
			JsonNode batch = batch(batchId);
			if (!batch.path("status").asString().equals("RUNNING")) {
				return batch;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The import did not finish in time");
	}

	@Test
	void aBatchWhoseLeaseRanOutIsMarkedFailedCountsNothingAndRunsAgain() throws InterruptedException {
		String[] batch = previewedBatch();
		dieWhileRunning(batch[0], Instant.now().minusSeconds(60));
		assertThat(lead().post("/api/v1/imports/" + batch[0] + "/run", "").status())
			.as("a batch that seems to run cannot be started twice").isEqualTo(409);

		int marked = this.leases.sweep();

		assertThat(marked).isGreaterThanOrEqualTo(1);
		JsonNode failed = batch(batch[0]);
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("failureReason").asString()).isEqualTo("people.import.failed.interrupted");
		assertThat(failed.path("created").asInt()).as("nothing was committed").isZero();
		assertThat(failed.path("processedRows").asInt()).isZero();
		assertThat(exists(batch[1])).isFalse();

		JsonNode done = runAndWait(batch[0]);

		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(done.path("created").asInt()).isEqualTo(2);
		assertThat(exists(batch[1])).isTrue();
		assertThat(exists(batch[2])).isTrue();
	}

	@Test
	void aBatchLeftRunningWithoutALeaseByAnOlderVersionIsMarkedFailedToo() {
		String[] batch = previewedBatch();
		dieWhileRunning(batch[0], null);

		this.leases.sweep();

		assertThat(batch(batch[0]).path("status").asString()).isEqualTo("FAILED");
	}

	@Test
	void aBatchIsMarkedFailedTogetherWithItsErrorsOrNotAtAll() {
		String[] batch = previewedBatch();
		UUID id = UUID.fromString(batch[0]);
		dieWhileRunning(batch[0], Instant.now().plusSeconds(600));
		// the second error cannot be stored (an error has a code): the failure is not half-written
		List<ImportRowError> errors = List.of(new ImportRowError(2, "email", "people.import.error.emailTaken", "x"),
				new ImportRowError(3, "email", null, "y"));

		assertThatThrownBy(() -> this.batches.failed(id, "the-dead-process", "people.import.failed.stale", errors,
				Instant.now()))
			.isInstanceOf(DataAccessException.class);

		JsonNode after = batch(batch[0]);
		assertThat(after.path("status").asString()).isEqualTo("RUNNING");
		assertThat(this.batches.errors(id)).isEmpty();
	}

	@Test
	void aBatchWhoseLeaseStillHoldsIsLeftRunning() {
		String[] batch = previewedBatch();
		dieWhileRunning(batch[0], Instant.now().plusSeconds(600));

		this.leases.sweep();

		assertThat(batch(batch[0]).path("status").asString()).isEqualTo("RUNNING");
	}

	@Test
	void aRunThatLostItsLeaseWritesNothing() {
		String[] batch = previewedBatch();
		dieWhileRunning(batch[0], Instant.now().plusSeconds(600));

		assertThatThrownBy(() -> this.runner.run(UUID.fromString(batch[0]), "another-run"))
			.isInstanceOf(ImportRunner.LeaseLost.class);

		assertThat(exists(batch[1])).isFalse();
		assertThat(batch(batch[0]).path("status").asString()).isEqualTo("RUNNING");
	}

	@Test
	void theBatchPageOffersToRunAnInterruptedImportAgain() {
		String[] batch = previewedBatch();
		dieWhileRunning(batch[0], Instant.now().minusSeconds(60));
		this.leases.sweep();

		WebSession lead = WebSession.signIn(this.port, "lead", "demo");
		String page = lead.get("/people/import/" + batch[0]).body();

		assertThat(page).contains("id=\"batch-failed\"", "stopped before it finished", "id=\"run-import\"",
				"2 new, 0 updated, 0 unchanged");
		assertThat(page).doesNotContain("id=\"count-created\"");
	}

}
