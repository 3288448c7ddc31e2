package io.cocareer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key used in a template, and every error code thrown in the code, exists in the
 * message bundles: a missing key would show as ??key?? to a user or as a raw code in the API.
 */
class MessagesSyncTests {

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

	private static final Path SOURCES = Paths.get("src/main/java");

	private static final Path BUNDLES = Paths.get("src/main/resources/messages");

	/** #{some.key} or #{some.key(args)}; dynamic keys (#{${...}}) are checked by their own tests. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	/** new BusinessRuleViolation("code", …), new NotFoundException("code", …), … and InvalidInput(field, "code", …). */
	private static final Pattern THROWN_CODE = Pattern.compile(
			"new (?:BusinessRuleViolation|NotFoundException|PermissionDenied)\\(\\s*\"([\\w.]+)\"|new InvalidInput\\([^,]+,\\s*\"([\\w.]+)\"");

	/** new MatchReason("code", …): a line of a match explanation, rendered from its code (see MatchScoringTests). */
	private static final Pattern REASON_CODE = Pattern.compile("new MatchReason\\(\\s*\"([\\w.]+)\"");

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + TEMPLATES.relativize(file) + ")");
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing in messages/**/*.properties").isEmpty();
	}

	@Test
	void everyErrorCodeThrownHasAMessage() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = THROWN_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					String code = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
					if (!messages.containsKey(code)) {
						missing.add(code + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("error codes thrown but missing in messages/**/*.properties").isEmpty();
	}

	/** "notice.…" codes of the notices published: the notification module renders them for the app and for mail. */
	private static final Pattern NOTICE_CODE = Pattern.compile("\"(notice\\.[\\w.]*\\w)\"");

	@Test
	void everyNoticeCodeHasAMessage() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = NOTICE_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(matcher.group(1));
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(found).as("the notice codes of the tours are found at all").contains("notice.tour.checkInDue");
		assertThat(missing).as("notice codes published but missing in messages/**/*.properties").isEmpty();
	}

	@Test
	void everyExplanationCodeHasAMessage() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = REASON_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(matcher.group(1));
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(found).as("match explanation codes in the sources").isNotEmpty();
		assertThat(missing).as("match explanation codes missing in messages/**/*.properties").isEmpty();
	}

	/** NavigationItem.main("key", …) and its siblings: the layout renders the label from its key. */
	private static final Pattern NAVIGATION_LABEL = Pattern
		.compile("(?:new NavigationItem|NavigationItem\\.(?:main|administration|account))\\(\\s*\"([\\w.]+)\"");

	@Test
	void everyNavigationLabelHasAMessage() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = NAVIGATION_LABEL.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(matcher.group(1));
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(found).as("the navigation labels the modules contribute").contains("tour.nav.packages", "home.nav.home");
		assertThat(missing).as("navigation labels missing in messages/**/*.properties").isEmpty();
	}

	@Test
	void bundlesHaveNoDuplicateKeysAcrossModules() throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> duplicates = new TreeSet<>();
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				for (String key : load(file).stringPropertyNames()) {
					if (!seen.add(key)) {
						duplicates.add(key);
					}
				}
			}
		}
		assertThat(duplicates).as("keys defined in more than one bundle (the first one wins silently)").isEmpty();
	}

	private static Properties allMessages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				all.putAll(load(file));
			}
		}
		return all;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}

}
