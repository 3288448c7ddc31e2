package io.cocareer.release;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the running jar's log: the errors written since a mark (so a failing request can be
 * told with the log line it caused), or in the whole log.
 */
final class LogWatch {

	/** An ERROR line of Spring Boot's console format: "2026-12-01T20:57:49.318Z ERROR 26114 --- ...". */
	private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s+\\d+\\s+---.*");

	/** A log record (not a line of a stack trace): it starts with its time. */
	private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*");

	/** Template errors, whatever level they were logged at. */
	private static final Pattern TEMPLATE_ERROR = Pattern
		.compile(".*(TemplateInputException|TemplateProcessingException|TemplateEngineException|SpelEvaluationException"
				+ "|Exception processing template).*");

	private final Path file;

	LogWatch(Path file) {
		this.file = file;
	}

	long mark() {
		try {
			return Files.size(this.file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** The error lines written since the mark, each with the line after it (usually the exception). */
	List<String> errorsSince(long mark) {
		return errors(read(mark));
	}

	List<String> errors() {
		return errors(read(0));
	}

	private static List<String> errors(String text) {
		String[] lines = text.split("\n");
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (ERROR_LINE.matcher(line).matches()) {
				String next = (i + 1 < lines.length) ? lines[i + 1].strip() : "";
				errors.add(shorten(line) + (next.isEmpty() || ERROR_LINE.matcher(lines[i + 1]).matches() ? ""
						: " | " + shorten(next)));
			}
			else if (RECORD.matcher(line).matches() && TEMPLATE_ERROR.matcher(line).matches()) {
				errors.add(shorten(line));
			}
		}
		return errors;
	}

	private String read(long from) {
		try (RandomAccessFile in = new RandomAccessFile(this.file.toFile(), "r")) {
			long length = in.length();
			if (from >= length) {
				return "";
			}
			byte[] bytes = new byte[(int) (length - from)];
			in.seek(from);
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String shorten(String line) {
		String stripped = line.strip();
		return (stripped.length() > 400) ? stripped.substring(0, 400) + "…" : stripped;
	}

}
