package io.cocareer.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the release tests find the packaged jar, its scratch directory and the project. */
final class PackagedJar {

	/**
	 * Why the release tests skip in the test phase: they need the jar of this build, and only the
	 * postgres-and-release execution (after package) says where it is. -Dtest=... overrides the excludes
	 * of the test phase, so this keeps them out of it.
	 */
	static final String ONLY_AFTER_PACKAGE = "runs after package, in the postgres-and-release execution (mvn -B verify)";

	private PackagedJar() {
	}

	/** The project directory (Maven's basedir). */
	static Path project() {
		return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
	}

	/**
	 * The jar {@code mvn package} built: the postgres-and-release execution passes its path; run alone,
	 * the one in target/.
	 */
	static Path jar() {
		String configured = System.getProperty("cocareer.release.jar");
		if (configured != null) {
			return existing(Path.of(configured));
		}
		try (Stream<Path> files = Files.list(project().resolve("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("cocareer-.*\\.jar"))
				.findFirst()
				.map(PackagedJar::existing)
				.orElseThrow(() -> new IllegalStateException(missing(project().resolve("target"))));
		}
		catch (IOException ex) {
			throw new IllegalStateException(missing(project().resolve("target")), ex);
		}
	}

	/** Where the smoke test runs the jar and writes its log (target/smoke). */
	static Path scratch() {
		Path directory = Path.of(System.getProperty("cocareer.release.directory", project().resolve("target/smoke").toString()));
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path existing(Path jar) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(missing(jar));
		}
		return jar;
	}

	private static String missing(Path where) {
		return "No packaged jar at " + where + ": the release tests run after package (mvn -B verify), "
				+ "or build it first with mvn -B package -DskipTests";
	}

}
