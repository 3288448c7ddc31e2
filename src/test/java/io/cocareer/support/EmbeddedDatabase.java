package io.cocareer.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded H2 database as the shipped configuration makes it: the JDBC URL of
 * {@code application.properties}, moved from {@code ./data} into a directory of the test, and
 * the Flyway migrations of the H2 run.
 */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/** The default {@code spring.datasource.url}, as shipped (an H2 file under ./data). */
	public static String shippedUrl() {
		Properties properties = new Properties();
		try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("spring.datasource.url");
	}

	/** The shipped URL with its database file in the given directory instead of ./data. */
	public static String shippedUrlIn(Path directory) {
		String url = shippedUrl();
		if (!url.startsWith("jdbc:h2:file:./data/")) {
			throw new IllegalStateException("The default database is no longer an H2 file under ./data: " + url);
		}
		return url.replace("jdbc:h2:file:./data/", "jdbc:h2:file:" + directory.toAbsolutePath() + "/");
	}

	/**
	 * Runs the migrations up to the given version (all when null) in a connection of its own,
	 * closed afterwards, as a connection pool eventually closes the one Flyway used.
	 */
	public static void migrate(String url, String target) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			var configuration = Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration", "classpath:db/vendor/h2");
			if (target != null) {
				configuration.target(target);
			}
			configuration.load().migrate();
		}
		finally {
			dataSource.destroy();
		}
	}

	public static Connection connect(String url) {
		try {
			return DriverManager.getConnection(url, "sa", "");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
