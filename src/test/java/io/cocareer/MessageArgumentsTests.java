package io.cocareer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message a user reads never shows an unfilled argument ("Mission, revision {0}: frozen"): every
 * {@code new BusinessRuleViolation|InvalidInput|PermissionDenied(...)} with a literal code passes
 * at least as many arguments as its message has placeholders.
 */
class MessageArgumentsTests {

	private static final Pattern THROWN = Pattern.compile("new (BusinessRuleViolation|InvalidInput|PermissionDenied)\\(");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void everyDomainErrorGetsTheArgumentsItsMessageNeeds() throws IOException {
		Properties messages = messages();
		List<String> unfilled = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher matcher = THROWN.matcher(source);
				while (matcher.find()) {
					List<String> arguments = arguments(source, matcher.end());
					int codeAt = matcher.group(1).equals("InvalidInput") ? 1 : 0;
					if (arguments.size() <= codeAt || !arguments.get(codeAt).startsWith("\"")) {
						continue;
					}
					String code = arguments.get(codeAt).replace("\"", "");
					String message = messages.getProperty(code);
					int needed = needed(message);
					int given = arguments.size() - codeAt - 2;
					if (message != null && given < needed) {
						unfilled.add(file.getFileName() + ": " + code + " needs " + needed + " arguments, gets " + given);
					}
				}
			}
		}
		assertThat(unfilled).isEmpty();
	}

	private static int needed(String message) {
		int needed = 0;
		if (message != null) {
			Matcher matcher = PLACEHOLDER.matcher(message);
			while (matcher.find()) {
				needed = Math.max(needed, Integer.parseInt(matcher.group(1)) + 1);
			}
		}
		return needed;
	}

	/** The top-level arguments of a call whose opening parenthesis ends at {@code start}. */
	private static List<String> arguments(String source, int start) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean inString = false;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' && source.charAt(i - 1) != '\\') {
				inString = !inString;
			}
			if (!inString) {
				if (c == '(' || c == '{' || c == '[') {
					depth++;
				}
				else if (c == ')' || c == '}' || c == ']') {
					if (depth == 0) {
						break;
					}
					depth--;
				}
				else if (c == ',' && depth == 0) {
					arguments.add(current.toString().strip());
					current.setLength(0);
					continue;
				}
			}
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			arguments.add(current.toString().strip());
		}
		return arguments;
	}

	private static Properties messages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					Properties one = new Properties();
					one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
					all.putAll(one);
				}
			}
		}
		return all;
	}

}
