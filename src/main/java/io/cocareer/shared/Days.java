package io.cocareer.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a day is written in sentences that leave the platform's code (messages, notices, audit
 * entries, refusals): "3 Mar 2027", and "3 Mar 2027 14:30" with a time. One formatter per
 * locale, made once; the platform speaks English today.
 */
public final class Days {

	private static final Map<Locale, DateTimeFormatter> DAY = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> DAY_AND_TIME = new ConcurrentHashMap<>();

	private Days() {
	}

	/** "3 Mar 2027". */
	public static String format(LocalDate day) {
		return format(day, Locale.ENGLISH);
	}

	public static String format(LocalDate day, Locale locale) {
		return DAY.computeIfAbsent(locale, (key) -> DateTimeFormatter.ofPattern("d MMM yyyy", key)).format(day);
	}

	/** "3 Mar 2027 14:30". */
	public static String format(LocalDateTime at) {
		return format(at, Locale.ENGLISH);
	}

	public static String format(LocalDateTime at, Locale locale) {
		return DAY_AND_TIME.computeIfAbsent(locale, (key) -> DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", key))
			.format(at);
	}

}
