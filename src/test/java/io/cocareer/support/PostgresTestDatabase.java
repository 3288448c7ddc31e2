package io.cocareer.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the tests run with the {@code postgres} profile, gives them a fresh database on the
 * PostgreSQL server at 127.0.0.1:5432 (dropped and created once per test run).
 * <p>
 * If the server cannot be reached, the PostgreSQL run fails when it is mandatory (CI, or
 * {@code COCAREER_POSTGRES_REQUIRED=true}) and is skipped, loudly, otherwise.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

	/**
	 * The database of this JVM: the build names one per test JVM (the runs take turns in two),
	 * from {@code -Dcocareer.test.database}, which names the set.
	 */
	public static final String DATABASE = System.getProperty("cocareer.test.postgres.database",
			System.getProperty("cocareer.test.database", "cocareer_test"));

	static volatile String unavailableBecause;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!isPostgresRun()) {
			return;
		}
		String admin = System.getProperty("cocareer.test.postgres.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL at " + admin + " is not reachable: " + ex.getMessage();
			if (isRequired()) {
				throw new IllegalStateException(reason + " (PostgreSQL tests are mandatory here)", ex);
			}
			unavailableBecause = reason;
			System.err.println("""

					!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
					!!! SKIPPING THE POSTGRESQL TEST RUN: %s
					!!! Start PostgreSQL (see README) or set COCAREER_POSTGRES_REQUIRED=true to fail.
					!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
					""".formatted(reason));
		}
	}

	static boolean isPostgresRun() {
		return System.getProperty("spring.profiles.active", "").contains("postgres");
	}

	static boolean isRequired() {
		return "true".equalsIgnoreCase(System.getenv("CI"))
				|| "true".equalsIgnoreCase(System.getenv("COCAREER_POSTGRES_REQUIRED"));
	}

	/** Registered for every test class (extension auto-detection): skips the PostgreSQL run when it cannot run. */
	public static class SkipWhenUnavailable implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (isPostgresRun() && unavailableBecause != null) {
				return ConditionEvaluationResult.disabled(unavailableBecause);
			}
			return ConditionEvaluationResult.enabled("database available");
		}

	}

}
