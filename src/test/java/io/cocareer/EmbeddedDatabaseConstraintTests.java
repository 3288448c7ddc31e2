package io.cocareer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cocareer.support.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check constraints of the embedded H2 database keep working once the connection that
 * created them is closed (issue 7, item 2). H2 2.4.240 keeps that connection's session inside a
 * CHECK constraint with a list of values ({@code kind in ('RESOURCE', 'OBSTACLE')}, or an OR of
 * equalities, which H2 turns into the same): after the connection pool retires the connection
 * Flyway used (30 minutes by default), every insert fails with "Check constraint invalid" until
 * the database is opened again. H2 fixed it after 2.4.240 (its issue 4302).
 */
class EmbeddedDatabaseConstraintTests {

	@Test
	void aResourceRequestIsSavedAfterTheConnectionThatMigratedTheDatabaseIsClosed() throws SQLException {
		String url = "jdbc:h2:mem:constraints-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		EmbeddedDatabase.migrate(url, null);
		try (Connection connection = EmbeddedDatabase.connect(url)) {
			withoutForeignKeys(connection);
			insertWorkItem(connection, "RESOURCE");
			insertWorkItem(connection, "OBSTACLE");
			assertThatThrownBy(() -> insertWorkItem(connection, "WISH")).isInstanceOf(SQLException.class)
				.hasMessageContaining("Check constraint violation")
				.hasMessageContaining("tour_work_item_kind_ck");
			assertThat(count(connection)).isEqualTo(2);
		}
		finally {
			shutdown(url);
		}
	}

	@Test
	void noCheckConstraintComparesWithAListOfValues() throws SQLException {
		String url = "jdbc:h2:mem:lists-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		EmbeddedDatabase.migrate(url, null);
		List<String> lists = new ArrayList<>();
		try (Connection connection = EmbeddedDatabase.connect(url);
				ResultSet rows = connection.createStatement()
					.executeQuery("select constraint_name, check_clause from information_schema.check_constraints")) {
			while (rows.next()) {
				if (rows.getString(2).contains(" IN(")) {
					lists.add(rows.getString(1) + ": " + rows.getString(2));
				}
			}
		}
		finally {
			shutdown(url);
		}
		assertThat(lists)
			.as("CHECK constraints with a list of values (IN, or ORs of equalities) break on H2 2.4.240 once "
					+ "the migrating connection closes: write column = any (array['A', 'B']) instead")
			.isEmpty();
	}

	@Test
	void aDatabaseMadeByTheOldMigrationsIsRepairedAndKeepsItsRows(@TempDir Path directory) throws SQLException {
		String url = EmbeddedDatabase.shippedUrlIn(directory);
		EmbeddedDatabase.migrate(url, "15");
		UUID existing;
		try (Connection connection = EmbeddedDatabase.connect(url)) {
			assertThat(clause(connection)).contains("IN(");
			withoutForeignKeys(connection);
			existing = insertWorkItem(connection, "OBSTACLE");
		}

		// a connection of the running application, open while Flyway upgrades in a connection of its own
		try (Connection connection = EmbeddedDatabase.connect(url)) {
			EmbeddedDatabase.migrate(url, null);
			assertThat(clause(connection)).doesNotContain("IN(").contains("ANY");
			withoutForeignKeys(connection);
			insertWorkItem(connection, "RESOURCE");
			assertThatThrownBy(() -> insertWorkItem(connection, "WISH")).isInstanceOf(SQLException.class)
				.hasMessageContaining("Check constraint violation");
			try (PreparedStatement query = connection.prepareStatement("select kind from tour_work_item where id = ?")) {
				query.setObject(1, existing);
				try (ResultSet row = query.executeQuery()) {
					assertThat(row.next()).isTrue();
					assertThat(row.getString(1)).isEqualTo("OBSTACLE");
				}
			}
		}
	}

	/** The work item's tour and owner need not exist: this test is about its own check constraint. */
	private static void withoutForeignKeys(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set referential_integrity false");
		}
	}

	private static UUID insertWorkItem(Connection connection, String kind) throws SQLException {
		UUID id = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into tour_work_item (id, tour_id, kind, title, owner_id, due_on, status, created_by_name,
				created_at, updated_by_name, updated_at) values (?, ?, ?, 'A test environment', ?, ?, 'OPEN',
				'Test', ?, 'Test', ?)""")) {
			OffsetDateTime now = OffsetDateTime.now();
			insert.setObject(1, id);
			insert.setObject(2, UUID.randomUUID());
			insert.setString(3, kind);
			insert.setObject(4, UUID.randomUUID());
			insert.setObject(5, LocalDate.now().plusDays(10));
			insert.setObject(6, now);
			insert.setObject(7, now);
			insert.executeUpdate();
		}
		return id;
	}

	private static long count(Connection connection) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from tour_work_item")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String clause(Connection connection) throws SQLException {
		try (ResultSet rows = connection.createStatement()
			.executeQuery("select check_clause from information_schema.check_constraints "
					+ "where constraint_name = 'tour_work_item_kind_ck'")) {
			assertThat(rows.next()).as("tour_work_item_kind_ck exists").isTrue();
			return rows.getString(1);
		}
	}

	private static void shutdown(String url) throws SQLException {
		try (Connection connection = EmbeddedDatabase.connect(url)) {
			connection.createStatement().execute("shutdown");
		}
	}

}
