package io.cocareer.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template the code names is in the packaged jar (issue 7, item 1: maven-jar-plugin's
 * default excludes had dropped templates/tours/package.html, and only the jar showed it, with a
 * 500 on every work package page). The names come from the sources: view names and fragment
 * references in the Java code ({@code "tours/catalogue/package"}, {@code "people/list :: rows"}) and
 * fragment references in the templates ({@code ~{layout/main :: layout(...)}}).
 */
@EnabledIfSystemProperty(named = "cocareer.release.jar", matches = ".+", disabledReason = PackagedJar.ONLY_AFTER_PACKAGE)
class PackagedTemplatesTests {

	private static final String PREFIX = "BOOT-INF/classes/templates/";

	/** A string literal that is a template name, possibly with a fragment: "a/b", "a/b-c :: d(x)". */
	private static final Pattern JAVA_VIEW = Pattern
		.compile("\"([a-z][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)+)(?:\\s*::[^\"]*)?\"");

	/** Media types look like view names; they are none. */
	private static final Set<String> MEDIA_TYPES = Set.of("text", "application", "image", "multipart", "audio",
			"video", "font", "message", "model");

	/** ~{name :: fragment}, ~{name}, and the short form th:replace="name :: fragment". */
	private static final Pattern TEMPLATE_REFERENCE = Pattern
		.compile("~\\{\\s*([A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*)\\s*(?:::|})"
				+ "|th:(?:replace|insert|include)=\"\\s*([A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*)\\s*::");

	static Set<String> inJar;

	@BeforeAll
	static void readTheJar() throws IOException {
		try (JarFile jar = new JarFile(PackagedJar.jar().toFile())) {
			inJar = jar.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith(PREFIX) && name.endsWith(".html"))
				.map((name) -> name.substring(PREFIX.length(), name.length() - ".html".length()))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	@Test
	void everyTemplateTheJavaCodeNamesIsInTheJar() throws IOException {
		TreeMap<String, String> named = new TreeMap<>();
		for (Path source : files(PackagedJar.project().resolve("src/main/java"), ".java")) {
			Matcher matcher = JAVA_VIEW.matcher(Files.readString(source));
			while (matcher.find()) {
				String name = matcher.group(1);
				if (!MEDIA_TYPES.contains(name.substring(0, name.indexOf('/')))) {
					named.putIfAbsent(name, relative(source));
				}
			}
		}
		assertThat(named).as("view names in the Java code").containsKey("tours/catalogue/package");
		assertThat(missing(named)).as("templates the Java code names that the jar lacks (name = where it is named)")
			.isEmpty();
	}

	@Test
	void everyTemplateATemplateReferencesIsInTheJar() throws IOException {
		TreeMap<String, String> named = new TreeMap<>();
		for (Path template : files(templates(), ".html")) {
			Matcher matcher = TEMPLATE_REFERENCE.matcher(Files.readString(template));
			while (matcher.find()) {
				String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
				if (!name.equals("this")) {
					named.putIfAbsent(name, relative(template));
				}
			}
		}
		assertThat(named).as("fragment references in the templates").containsKey("layout/main");
		assertThat(missing(named)).as("templates referenced by templates that the jar lacks (name = where it is named)")
			.isEmpty();
	}

	@Test
	void everyTemplateOfTheSourcesIsInTheJar() throws IOException {
		Set<String> sources = new TreeSet<>();
		for (Path template : files(templates(), ".html")) {
			String name = templates().relativize(template).toString().replace('\\', '/');
			sources.add(name.substring(0, name.length() - ".html".length()));
		}
		assertThat(sources).contains("tours/catalogue/package");
		assertThat(inJar).as("templates in the jar").containsAll(sources);
	}

	private static TreeMap<String, String> missing(TreeMap<String, String> named) {
		TreeMap<String, String> missing = new TreeMap<>(named);
		missing.keySet().removeAll(inJar);
		return missing;
	}

	private static Path templates() {
		return PackagedJar.project().resolve("src/main/resources/templates");
	}

	private static Set<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((file) -> file.toString().endsWith(suffix)).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static String relative(Path file) {
		return PackagedJar.project().relativize(file).toString();
	}

}
