package io.cocareer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module keeps its migrations in a folder of its own ({@code db/migration/<module>}, and
 * {@code db/vendor/<vendor>/<module>} for what one database alone needs), so a new module adds a
 * folder and touches no other module's files. Flyway reads the folders recursively into one
 * history: versions stay unique across all of them, which this checks before Flyway would refuse
 * to start.
 */
class MigrationLayoutTests {

	private static final Path RESOURCES = Path.of("src/main/resources/db");

	private static final Path MODULES = Path.of("src/main/java/io/cocareer");

	private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__[a-z0-9_]+\\.sql");

	@Test
	void everyMigrationLivesInTheFolderOfAModule() throws IOException {
		for (Path migration : migrations()) {
			Path folder = migration.getParent();
			String module = folder.getFileName().toString();
			assertThat(Files.isDirectory(MODULES.resolve(module)) && Files.exists(MODULES.resolve(module).resolve("package-info.java")))
				.as("%s sits in %s, which is not a module's folder", migration.getFileName(), folder)
				.isTrue();
			Path tree = folder.getParent();
			assertThat(tree.equals(RESOURCES.resolve("migration")) || tree.getParent().equals(RESOURCES.resolve("vendor")))
				.as("%s is not in db/migration/<module> or db/vendor/<vendor>/<module>", migration)
				.isTrue();
		}
	}

	@Test
	void versionsAreUniqueAcrossAllFoldersAndNamesFollowFlywaysPattern() throws IOException {
		Map<String, Path> byVersion = new HashMap<>();
		List<Path> migrations = migrations();
		assertThat(migrations).hasSizeGreaterThan(20);
		for (Path migration : migrations) {
			Matcher name = VERSIONED.matcher(migration.getFileName().toString());
			assertThat(name.matches()).as("%s is named V<version>__<words>.sql", migration).isTrue();
			String version = name.group(1).replace('.', '_');
			Path earlier = byVersion.put(version, migration);
			assertThat(earlier).as("%s and %s share version %s", earlier, migration, version).isNull();
		}
	}

	private static List<Path> migrations() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
	}

}
