package io.cocareer.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.cocareer.CoCareerApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the platform (web server on a random port) on a fresh database holding a generated organisation of
 * the given size (and, optionally, competencies per talent): H2 in memory, or a new database {@code cocareer_bench} on the local
 * PostgreSQL server.
 */
final class BenchmarkPlatform {

	/** The PostgreSQL database a benchmark drops and creates: {@code -Dcocareer.bench.database=…} keeps two runs apart. */
	private static final String POSTGRES_DATABASE = System.getProperty("cocareer.bench.database", "cocareer_bench")
		.replaceAll("[^a-z0-9_]", "");

	private BenchmarkPlatform() {
	}

	static ConfigurableApplicationContext start(String database, int people) {
		return start(database, people, 0);
	}

	/** As {@link #start(String, int)}, with about {@code competenciesPerTalent} competencies per talent (0: 5 to 8). */
	static ConfigurableApplicationContext start(String database, int people, int competenciesPerTalent) {
		return start(database, people, competenciesPerTalent, 15, 1);
	}

	/**
	 * As {@link #start(String, int, int)}, with {@code developersPerTalent} developers on each
	 * talent's map and {@code talentsInSix} talents in six people (3: 100,000 people, about 50,000 talents).
	 */
	static ConfigurableApplicationContext start(String database, int people, int competenciesPerTalent,
			int developersPerTalent, int talentsInSix) {
		String url;
		if ("postgres".equals(database)) {
			recreatePostgresDatabase();
			url = "jdbc:postgresql://127.0.0.1:5432/" + POSTGRES_DATABASE;
		}
		else {
			url = "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		String user = "postgres".equals(database) ? "postgres" : "sa";
		// command-line arguments, so they win over application.properties (builder defaults would not)
		return new SpringApplicationBuilder(CoCareerApplication.class).web(WebApplicationType.SERVLET)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
					"--server.port=0", "--cocareer.demo.enabled=false", "--cocareer.generate.people=" + people,
					"--cocareer.generate.seed=42", "--cocareer.generate.competencies-per-talent=" + competenciesPerTalent,
					"--cocareer.generate.developers-per-talent=" + developersPerTalent,
					"--cocareer.generate.talents-in-six=" + talentsInSix,
					"--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--logging.level.io.cocareer=INFO");
	}

	private static void recreatePostgresDatabase() {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + POSTGRES_DATABASE + " with (force)");
			statement.execute("create database " + POSTGRES_DATABASE);
		}
		catch (Exception ex) {
			throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for -p database=postgres", ex);
		}
	}

}

