package io.cocareer.talent;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V27 does to the notes a database already holds: a note by a person names them by id and
 * loses its copy of their name; a note by an account that is no person keeps the account's name.
 */
class V27MigrationTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final JdbcClient jdbc;

	V27MigrationTests() {
		this.dataSource.setURL("jdbc:h2:mem:v27-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		this.dataSource.setUser("sa");
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@Test
	void aNoteByAPersonKeepsTheirIdAndNoCopyOfTheirNameAndOneByAnAccountAloneKeepsItsName() {
		migrateTo("26");
		UUID talent = person("talent");
		UUID author = person("author");
		UUID byPerson = note(talent, account(author, "Ann Author"), "Ann Author");
		UUID byAccountAlone = note(talent, account(null, "System Admin"), "System Admin");

		migrateTo("27");

		assertThat(authorOf(byPerson)).containsEntry("author_person_id", author).containsEntry("author_name", null);
		assertThat(authorOf(byAccountAlone)).containsEntry("author_person_id", null)
			.containsEntry("author_name", "System Admin");
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.target(version)
			.load()
			.migrate();
	}

	private Map<String, Object> authorOf(UUID note) {
		return this.jdbc.sql("select author_person_id, author_name from profile_note where id = :id")
			.param("id", note)
			.query()
			.singleRow();
	}

	private UUID person(String key) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at)
				values (:id, :key, :email, 'Ann', 'Author', date '2020-01-01', 'ACTIVE', 'ann', current_timestamp,
				  current_timestamp)""")
			.param("id", id)
			.param("key", key)
			.param("email", key + "@example.com")
			.update();
		return id;
	}

	private UUID account(UUID personId, String displayName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, username, password_hash, person_id, display_name, enabled, created_at)
				values (:id, :username, 'x', :person, :name, true, current_timestamp)""")
			.param("id", id)
			.param("username", "u" + id.toString().substring(0, 8))
			.param("person", personId)
			.param("name", displayName)
			.update();
		return id;
	}

	private UUID note(UUID talent, UUID account, String authorName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into profile_note (id, person_id, author_account_id, author_name, body, created_at)
				values (:id, :talent, :account, :name, 'Ran the pilot', current_timestamp)""")
			.param("id", id)
			.param("talent", talent)
			.param("account", account)
			.param("name", authorName)
			.update();
		return id;
	}

}
