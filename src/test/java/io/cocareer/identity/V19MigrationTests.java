package io.cocareer.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the V19 migrations do to data that users' databases already hold: imports left running,
 * leavers whose accounts kept staff access, and audit details that held private career data.
 */
class V19MigrationTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final JdbcClient jdbc;

	V19MigrationTests() {
		this.dataSource.setURL("jdbc:h2:mem:v19-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		this.dataSource.setUser("sa");
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.target(version)
			.load()
			.migrate();
	}

	private UUID person(String status) {
		UUID id = UUID.randomUUID();
		String key = id.toString().substring(0, 8);
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at)
				values (:id, :key, :email, 'Lee', 'Leaver', date '2020-01-01', :status, 'lee', current_timestamp,
				  current_timestamp)""")
			.param("id", id)
			.param("key", key)
			.param("email", key + "@example.com")
			.param("status", status)
			.update();
		return id;
	}

	private UUID account(UUID personId, String... roles) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, username, password_hash, person_id, display_name, enabled, created_at)
				values (:id, :username, 'x', :person, 'Lee Leaver', true, current_timestamp)""")
			.param("id", id)
			.param("username", "u" + id.toString().substring(0, 8))
			.param("person", personId)
			.update();
		for (String role : roles) {
			this.jdbc.sql("insert into account_role (account_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role)
				.update();
		}
		this.jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, token_prefix, created_at)
				values (:token, :id, 'script', :hash, 'cct_x', current_timestamp)""")
			.param("token", UUID.randomUUID())
			.param("id", id)
			.param("hash", UUID.randomUUID().toString())
			.update();
		this.jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				  max_inactive_interval, expiry_time, principal_name)
				values (:primary, :session, 0, 0, 60, 0, (select username from account where id = :id))""")
			.param("primary", UUID.randomUUID().toString())
			.param("session", UUID.randomUUID().toString())
			.param("id", id)
			.update();
		return id;
	}

	private Map<String, Object> row(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query().singleRow();
	}

	@Test
	void leaversLoseTheStaffAccessTheirAccountsKept() {
		migrateTo("19");
		UUID leaver = account(person("LEFT"), "TALENT", "MANAGER");
		UUID alumnus = account(person("LEFT"), "TALENT", "ALUMNUS");
		UUID colleague = account(person("ACTIVE"), "TALENT");

		migrateTo("19.1");

		assertThat(row("select enabled from account where id = :id", leaver).get("enabled")).isEqualTo(false);
		assertThat(this.jdbc.sql("select role from account_role where account_id = :id order by role")
			.param("id", alumnus)
			.query(String.class)
			.list()).containsExactly("ALUMNUS");
		assertThat(row("select enabled from account where id = :id", alumnus).get("enabled")).isEqualTo(true);
		for (UUID account : List.of(leaver, alumnus)) {
			assertThat(row("select count(*) as n from api_token where account_id = :id and revoked_at is null", account)
				.get("n")).isEqualTo(0L);
			assertThat(row("""
					select count(*) as n from spring_session
					where principal_name = (select username from account where id = :id)""", account).get("n"))
				.isEqualTo(0L);
		}
		assertThat(row("select enabled from account where id = :id", colleague).get("enabled")).isEqualTo(true);
		assertThat(row("select count(*) as n from api_token where account_id = :id and revoked_at is null", colleague)
			.get("n")).isEqualTo(1L);
	}

	@Test
	void auditDetailsWithCareerDataAreRemovedAndEachEntryGetsItsPrivacy() {
		migrateTo("19.1");
		UUID rating = audit("talent.designation.changed", "LONG_TERM_POTENTIAL performance 3 potential 1");
		UUID coaching = audit("tour.coaching.requested", "Salary talk");
		UUID account = audit("account.created", "ada [ADMIN]");

		migrateTo("19.2");

		assertThat(row("select details, privacy from audit_entry where id = :id", rating))
			.containsEntry("details", null)
			.containsEntry("privacy", "CAREER");
		assertThat(row("select details, privacy from audit_entry where id = :id", coaching))
			.containsEntry("details", null)
			.containsEntry("privacy", "CAREER");
		assertThat(row("select privacy from audit_entry where id = :id", account)).containsEntry("privacy", "OPEN");
	}

	@Test
	void anImportLeftRunningClaimsNoRowsItDidNotCommit() {
		migrateTo("15");
		UUID batch = UUID.randomUUID();
		this.jdbc.sql("""
				insert into import_batch (id, file_name, uploaded_by, uploaded_at, status, total_rows, processed_rows,
				  created_count, updated_count, unchanged_count, error_count, csv_content)
				values (:id, 'big.csv', 'lead', current_timestamp, 'RUNNING', 20000, 4000, 20000, 0, 0, 0, 'x')""")
			.param("id", batch)
			.update();

		migrateTo("19");

		assertThat(row("select created_count, planned_created, lease_until from import_batch where id = :id", batch))
			.containsEntry("created_count", 0)
			.containsEntry("planned_created", 20000)
			.containsEntry("lease_until", null);
	}

	private UUID audit(String action, String details) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, details)
				values (:id, current_timestamp, 'lead', :action, 'x', 'y', :details)""")
			.param("id", id)
			.param("action", action)
			.param("details", details)
			.update();
		return id;
	}

}
