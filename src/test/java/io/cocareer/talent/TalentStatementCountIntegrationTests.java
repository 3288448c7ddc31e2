package io.cocareer.talent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The profile and the pool issue a fixed number of SQL statements, however much data there is:
 * counted with H2's own query statistics (the PostgreSQL run skips this test; the code paths
 * are the same).
 */
@IntegrationTest
class TalentStatementCountIntegrationTests {

	private static final Pattern TALENT_OR_PEOPLE_TABLES = Pattern.compile(
			"\\b(talent_designation|talent_profile|profile_value|profile_desired_role|profile_competency|profile_note|competency|nine_box_label|person|org_unit)\\b");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	private boolean counting;

	@BeforeEach
	void countStatementsOnH2() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"),
					"statement counting uses H2's query statistics");
		}
		this.counting = true;
		this.jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
		this.jdbc.execute("SET QUERY_STATISTICS TRUE");
	}

	@AfterEach
	void stopCounting() {
		if (this.counting) {
			this.jdbc.execute("SET QUERY_STATISTICS FALSE");
		}
	}

	@Test
	void profileReadsAFixedNumberOfStatements() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		// more notes on Tara's profile must not mean more statements
		lead.post("/api/v1/talents/" + tara + "/notes", "{\"body\":\"Counting statements, note one\"}");
		lead.post("/api/v1/talents/" + tara + "/notes", "{\"body\":\"Counting statements, note two\"}");
		UUID other = UUID.fromString(lead.get("/api/v1/talents?size=1").json().path("items").get(0).path("personId").asString());

		long forTara = statementsFor(() -> assertThat(lead.get("/api/v1/talents/" + tara + "/profile").status()).isEqualTo(200));
		long forOther = statementsFor(() -> assertThat(lead.get("/api/v1/talents/" + other + "/profile").status()).isEqualTo(200));

		assertThat(forTara).isEqualTo(forOther).isLessThanOrEqualTo(8);
	}

	@Test
	void poolPageReadsAFixedNumberOfStatements() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");

		long small = statementsFor(() -> assertThat(lead.get("/api/v1/talents?size=2").status()).isEqualTo(200));
		long large = statementsFor(() -> assertThat(lead.get("/api/v1/talents?size=200").status()).isEqualTo(200));

		assertThat(small).isEqualTo(large).isLessThanOrEqualTo(4);
	}

	private long statementsFor(Runnable action) {
		Map<String, Long> before = statistics();
		action.run();
		Map<String, Long> after = statistics();
		return after.entrySet()
			.stream()
			.filter((e) -> TALENT_OR_PEOPLE_TABLES.matcher(e.getKey().toLowerCase()).find())
			.mapToLong((e) -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
			.sum();
	}

	private Map<String, Long> statistics() {
		Map<String, Long> counts = new HashMap<>();
		// a new text each time, so H2 cannot answer from a cached result
		this.jdbc.query("select sql_statement, execution_count from information_schema.query_statistics where "
				+ System.nanoTime() + " > 0",
				(rs) -> {
					counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
				});
		return counts;
	}

}
