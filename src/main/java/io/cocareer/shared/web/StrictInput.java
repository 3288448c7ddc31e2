package io.cocareer.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The rules every typed value meets, in forms and in JSON alike: a date is written
 * {@code yyyy-mm-dd} with a four-digit year (so {@code +999999999-01-01} cannot reach the
 * database, where it was stored corrupted), and text holds no NUL or other control character
 * (tab and line breaks aside) and no lone UTF-16 surrogate (which no database or mail can store
 * as written).
 */
final class StrictInput {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private StrictInput() {
	}

	/** The date, or {@code null} for blank text; refused unless {@code yyyy-mm-dd}. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.strip();
		if (!DATE.matcher(clean).matches()) {
			throw new IllegalArgumentException("Not a date as yyyy-mm-dd");
		}
		try {
			return LocalDate.parse(clean, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date as yyyy-mm-dd", ex);
		}
	}

	/** Whether text can be stored and shown as written. */
	static boolean isClean(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
			if (c == 0x7f) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
