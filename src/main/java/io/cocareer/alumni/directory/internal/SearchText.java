package io.cocareer.alumni.directory.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The directory's normalised text: lower case, accents dropped ("Müller" is found as "muller"),
 * every run of other characters than letters and digits one space. A profile's search text and
 * the words typed into the search are normalised alike, so that "all words must match" is a
 * {@code like '%word%'} per word on one column.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	/** The parts joined and normalised; {@code null} parts are left out. */
	public static String of(String... parts) {
		return normalise(Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")));
	}

	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return OTHER.matcher(plain).replaceAll(" ").strip();
	}

	/** The distinct words of a query, normalised, in their order. */
	public static List<String> words(String query) {
		String normal = normalise(query);
		if (normal.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normal.split(" ")).distinct().toList();
	}

}
