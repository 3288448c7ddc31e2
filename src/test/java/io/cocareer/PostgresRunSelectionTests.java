package io.cocareer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL run names its test classes in {@code pom.xml} (those that carry SQL, and the
 * journeys). A class renamed or moved without the list would drop out of that run in silence:
 * each name must match exactly one integration test class.
 */
class PostgresRunSelectionTests {

	private static final Pattern INCLUDE = Pattern.compile("<include>\\*\\*/([A-Za-z]+IntegrationTests)\\.java</include>");

	@Test
	void everyClassThePostgresRunNamesExistsOnce() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		String execution = pom.substring(pom.indexOf("<id>postgres-and-release</id>"),
				pom.indexOf("<!-- the release smoke test"));
		Matcher include = INCLUDE.matcher(execution);
		List<Path> tests;
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			tests = files.filter((file) -> file.toString().endsWith("IntegrationTests.java")).toList();
		}
		int named = 0;
		while (include.find()) {
			String name = include.group(1) + ".java";
			assertThat(tests.stream().filter((test) -> test.getFileName().toString().equals(name)))
				.as("the PostgreSQL run names %s", name)
				.hasSize(1);
			named++;
		}
		assertThat(named).isGreaterThanOrEqualTo(20);
	}

}
