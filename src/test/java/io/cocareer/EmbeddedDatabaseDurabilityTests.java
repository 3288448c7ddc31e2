package io.cocareer;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cocareer.support.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write the embedded database has committed survives kill -9 of the process (issue 7, item
 * 18): H2 writes its store only every WRITE_DELAY milliseconds (500 by default), so a commit
 * the API had already answered could be lost. Another JVM commits a counter as fast as it can
 * on the shipped database URL and says each value it committed; this test kills it with SIGKILL
 * right after reading one, opens the database again and expects at least that value.
 */
class EmbeddedDatabaseDurabilityTests {

	@Test
	void aCommittedWriteSurvivesKillNine(@TempDir Path directory) throws Exception {
		String url = EmbeddedDatabase.shippedUrlIn(directory);
		Process writer = new ProcessBuilder(javaExecutable(), "-cp", classpath(), Writer.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		long acknowledged = -1;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("committed ")) {
					acknowledged = Long.parseLong(line.substring("committed ".length()));
					if (acknowledged >= 300) {
						break;
					}
				}
				else {
					System.out.println("writer: " + line);
				}
			}
			writer.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			writer.destroyForcibly();
		}
		assertThat(acknowledged).as("the writer committed values").isGreaterThanOrEqualTo(300);

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet row = connection.createStatement().executeQuery("select counter from durability where id = 1")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getLong(1)).as("the value after kill -9 and a restart").isGreaterThanOrEqualTo(acknowledged);
		}
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String classpath() throws Exception {
		List<Class<?>> needed = List.of(Writer.class, org.h2.Driver.class);
		StringBuilder classpath = new StringBuilder();
		for (Class<?> type : needed) {
			if (!classpath.isEmpty()) {
				classpath.append(File.pathSeparator);
			}
			classpath.append(Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
		}
		return classpath.toString();
	}

	/** The other JVM: commits 1, 2, 3 ... in auto-commit mode and prints each once committed. */
	static final class Writer {

		public static void main(String[] args) throws Exception {
			try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("create table durability (id int primary key, counter bigint not null)");
					statement.execute("insert into durability values (1, 0)");
				}
				try (PreparedStatement update = connection.prepareStatement("update durability set counter = ? where id = 1")) {
					for (long value = 1; value <= 100_000; value++) {
						update.setLong(1, value);
						update.executeUpdate();
						System.out.println("committed " + value);
						System.out.flush();
					}
				}
				Thread.sleep(60_000);
			}
		}

	}

}
