package io.cocareer.alumni.mobility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One published version of the mobility policy: numbered from 1, never changed once published.
 * @param body plain paragraphs, separated by a blank line
 * @param whatChanged the talent lead's note on what this version changed (none for the first)
 * @param publishedBy who published it, by name (null once they are erased)
 */
public record PolicyVersionView(int number, String title, String body, @Nullable String whatChanged,
		Instant publishedAt, LocalDate publishedOn, @Nullable String publishedBy) {

	/** The body's paragraphs, as the page shows them. */
	public List<String> paragraphs() {
		return Arrays.stream(this.body.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

}
