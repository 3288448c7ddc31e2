package io.cocareer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.cocareer.tour.TourState;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action written to the audit log reads as a sentence: {@code audit.<action>} (with its
 * content) and {@code audit.<action>.brief} (without it, for a reader who may not read it), and
 * every word an entry takes from the bundles exists.
 */
class AuditWordingTests {

	private static final Path SOURCES = Paths.get("src/main/java");

	private static final Path BUNDLES = Paths.get("src/main/resources/messages");

	/** The first argument of AuditEvent.open(…) or AuditEvent.career(…): the action, or a choice of actions. */
	private static final Pattern EVENT = Pattern.compile("AuditEvent\\.(?:open|career)\\(\\s*([^,]+),");

	private static final Pattern LITERAL = Pattern.compile("\"([\\w.]+)\"");

	/** An action handed to AuditEvent by a helper of the service: AuditEvent.career(action, …). */
	private static final Pattern EVENT_OF_A_PARAMETER = Pattern.compile("AuditEvent\\.(?:open|career)\\(\\s*[a-z]\\w*\\s*,");

	/** The literal first argument of a call to such a helper, audit("tour.created", …) or auditCentre(…). */
	private static final Pattern HELPER_CALL = Pattern.compile("\\baudit\\w*\\(\\s*\"([\\w.]+)\"");

	@Test
	void everyAuditedActionHasItsSentences() throws IOException {
		Properties messages = allMessages();
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher event = EVENT.matcher(source);
				while (event.find()) {
					Matcher literal = LITERAL.matcher(event.group(1));
					while (literal.find()) {
						actions.add(literal.group(1));
					}
				}
				// a service whose audit helper takes the action: the actions are the helper's arguments
				if (EVENT_OF_A_PARAMETER.matcher(source).find()) {
					Matcher call = HELPER_CALL.matcher(source);
					while (call.find()) {
						actions.add(call.group(1));
					}
				}
			}
		}
		Set<String> missing = new TreeSet<>();
		for (String action : actions) {
			for (String key : new String[] { "audit." + action, "audit." + action + ".brief" }) {
				if (!messages.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(actions).as("actions found in the sources").contains("tour.stateChanged", "account.enabled",
				"account.disabled", "people.import.interrupted", "talent.designation.changed",
				"alumni.conversation.scheduled");
		assertThat(missing).as("audit sentences missing in messages/*.properties").isEmpty();
	}

	@Test
	void everyWordAnEntryTakesFromTheBundlesExists() throws IOException {
		Properties messages = allMessages();
		Map<String, Enum<?>[]> words = Map.of("audit.tourState.", TourState.values(), "audit.checkInStatus.",
				CheckInStatus.values(), "audit.packageStatus.", WorkPackageStatus.values(), "audit.winState.",
				WinState.values(), "audit.winAudience.", WinAudience.values(), "audit.nextStep.", NextStep.values(),
				"audit.workKind.", WorkItemKind.values());
		Set<String> missing = new TreeSet<>();
		words.forEach((prefix, values) -> {
			for (Enum<?> value : values) {
				if (!messages.containsKey(prefix + value.name())) {
					missing.add(prefix + value.name());
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	private static Properties allMessages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					all.load(in);
				}
			}
		}
		return all;
	}

}
