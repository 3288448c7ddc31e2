package io.cocareer.tour.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import io.cocareer.tour.matching.MatchReason;
import io.cocareer.tour.matching.MatchScore;
import io.cocareer.tour.matching.MatchingSettings;

/**
 * The match score of DOMAIN §5.3, in plain Java so it can be checked with worked numbers.
 * Competencies are keyed by their (unique) catalogue name so the explanation can name them.
 * <ul>
 * <li>SkillFit = Σ min(level, req) / Σ req, 1 when nothing is required;</li>
 * <li>Stretch = (g/g*)·exp(1 − g/g*) with g the mean positive gap over the required competencies:
 * 0 without a gap, 1 at the target gap, then declining (challenge has diminishing returns);</li>
 * <li>AspirationFit = cosine similarity of the talent's aspiration tags and the package's tags, as sets:
 * |a ∩ b| / √(|a|·|b|). Not Jaccard: a package's tags (the words of its title, description, results
 * and required competencies) outnumber a talent's several times, and Jaccard divides by their union,
 * so one shared word gave every talent the same 3 %. Tags are the stems Lucene's English analysis
 * gives the words of four letters or more, without stop words ({@link #tokens});</li>
 * <li>availability multiplies the whole score (the free share of the week over the package window, against the package's share).</li>
 * </ul>
 * The explanation is a list of {@link MatchReason}s: message codes of
 * messages/tour-matching.properties (all listed in {@link #REASON_CODES}) with their arguments.
 */
public final class MatchScoring {

	/**
	 * English, as Lucene analyses it, with the stop words of Lucene's Snowball English list as well
	 * as its default ones ("from", "have", "your" say nothing about an aspiration either).
	 * An analyzer may be shared by threads.
	 */
	private static final Analyzer ENGLISH = new EnglishAnalyzer(stopWords());

	/** Every code an explanation line can have; each has an English text in messages/tour-matching.properties. */
	public static final Set<String> REASON_CODES = Set.of("tour.match.reason.nothingRequired",
			"tour.match.reason.covers", "tour.match.reason.stretch", "tour.match.reason.noStretch",
			"tour.match.reason.noSharedWords", "tour.match.reason.sharedWords",
			"tour.match.reason.availability");

	private final MatchingSettings settings;

	public MatchScoring(MatchingSettings settings) {
		this.settings = settings;
	}

	/**
	 * Scores a talent for a package.
	 * @param required required level per competency name
	 * @param levels the talent's proficiency per competency name (absent = 0)
	 * @param talentWords the terms of the talent's aspirations (see {@link #tokens(Collection)})
	 * @param packageWords the package's terms
	 * @param availability share of the talent's time that is free, 0..1
	 */
	public MatchScore score(Map<String, Integer> required, Map<String, Integer> levels, Terms talentWords,
			Terms packageWords, double availability) {
		double skillFit = skillFit(required, levels);
		double gap = meanGap(required, levels);
		double stretch = stretch(gap, this.settings.stretchTarget());
		double aspirationFit = cosine(talentWords.stems(), packageWords.stems());
		double free = free(availability);
		double score = weighted(free, skillFit, aspirationFit, stretch);

		List<MatchReason> why = new ArrayList<>();
		if (required.isEmpty()) {
			why.add(new MatchReason("tour.match.reason.nothingRequired"));
		}
		else {
			why.add(new MatchReason("tour.match.reason.covers", covered(required, levels), total(required)));
			new TreeSet<>(required.keySet()).forEach((name) -> {
				int missing = required.get(name) - levels.getOrDefault(name, 0);
				if (missing > 0) {
					why.add(new MatchReason("tour.match.reason.stretch", missing, name));
				}
			});
			if (gap == 0) {
				why.add(new MatchReason("tour.match.reason.noStretch"));
			}
		}
		// the talent's own words for the stems both share
		Set<String> shared = new TreeSet<>();
		talentWords.shown().forEach((stem, word) -> {
			if (packageWords.stems().contains(stem)) {
				shared.add(word);
			}
		});
		why.add(shared.isEmpty() ? new MatchReason("tour.match.reason.noSharedWords")
				: new MatchReason("tour.match.reason.sharedWords", String.join(", ", shared.stream().limit(6).toList())));
		why.add(new MatchReason("tour.match.reason.availability", free));
		return new MatchScore(score, skillFit, aspirationFit, stretch, free, this.settings, List.copyOf(why));
	}

	/**
	 * The score alone, as {@link #score} computes it (same arithmetic, so the same double), without
	 * building the explanation: for ranking a whole pool, then explaining only the best. The
	 * competencies may be keyed by anything (their ids, say): only the levels count, and the sums
	 * are of whole levels, so the order of the keys does not change the result.
	 */
	public <K> double value(Map<K, Integer> required, Map<K, Integer> levels, Terms talentWords,
			Terms packageWords, double availability) {
		double stretch = stretch(meanGap(required, levels), this.settings.stretchTarget());
		return weighted(free(availability), skillFit(required, levels),
				cosine(talentWords.stems(), packageWords.stems()), stretch);
	}

	private double weighted(double free, double skillFit, double aspirationFit, double stretch) {
		return free * (this.settings.skill() * skillFit + this.settings.aspiration() * aspirationFit
				+ this.settings.stretch() * stretch);
	}

	private static double free(double availability) {
		return Math.max(0, Math.min(1, availability));
	}

	public static <K> double skillFit(Map<K, Integer> required, Map<K, Integer> levels) {
		int total = total(required);
		return (total == 0) ? 1.0 : (double) covered(required, levels) / total;
	}

	/** The mean over required competencies of max(0, required − level); 0 when nothing is required. */
	public static <K> double meanGap(Map<K, Integer> required, Map<K, Integer> levels) {
		if (required.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (Map.Entry<K, Integer> req : required.entrySet()) {
			sum += Math.max(0, req.getValue() - levels.getOrDefault(req.getKey(), 0));
		}
		return sum / required.size();
	}

	public static double stretch(double gap, double target) {
		if (gap <= 0) {
			return 0;
		}
		double ratio = gap / target;
		return ratio * Math.exp(1 - ratio);
	}

	/**
	 * |a ∩ b| / √(|a|·|b|), the cosine of the two sets as 0/1 vectors (DOMAIN §5.3); 0 when either
	 * is empty. It runs once per talent in the pool, so it counts without building sets.
	 */
	public static double cosine(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return common(a, b) / Math.sqrt((double) a.size() * b.size());
	}

	private static int common(Set<String> a, Set<String> b) {
		Set<String> small = (a.size() <= b.size()) ? a : b;
		Set<String> large = (small == a) ? b : a;
		int common = 0;
		for (String word : small) {
			if (large.contains(word)) {
				common++;
			}
		}
		return common;
	}

	/**
	 * The terms of the texts as Lucene's {@link EnglishAnalyzer} sees them: stop words dropped and
	 * each word stemmed, so "engineer" meets "engineering" and "customers" meets "customer". Only
	 * words of four letters or more count (short ones and numbers say little about an aspiration).
	 */
	public static Terms tokens(Collection<String> texts) {
		Map<String, String> shown = new HashMap<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					String word = shown(text.substring(offset.startOffset(), offset.endOffset()));
					if (letters(word) >= 4) {
						shown.merge(term.toString(), word, MatchScoring::plainer);
					}
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Terms(shown);
	}

	/** The word as a reader knows it: lower case, without a possessive "'s". */
	private static String shown(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
			return lower.substring(0, lower.length() - 2);
		}
		return lower;
	}

	/** Of two words with one stem, the one to show: the shorter ("customer", not "customers"), then the first in order. */
	private static String plainer(String a, String b) {
		if (a.length() != b.length()) {
			return (a.length() < b.length()) ? a : b;
		}
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static long letters(String word) {
		return word.codePoints().filter(Character::isLetter).count();
	}

	private static CharArraySet stopWords() {
		try (InputStream snowball = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
			CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(snowball, StandardCharsets.UTF_8),
					false);
			words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			return CharArraySet.unmodifiableSet(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The terms of some texts: each stem with the word shown for it where an explanation names it.
	 * Two texts share a term when they share a stem.
	 * @param shown the word to show per stem
	 */
	public record Terms(Map<String, String> shown) {

		public Terms {
			shown = Map.copyOf(shown);
		}

		public Set<String> stems() {
			return this.shown.keySet();
		}

	}

	private static <K> int covered(Map<K, Integer> required, Map<K, Integer> levels) {
		int covered = 0;
		for (Map.Entry<K, Integer> req : required.entrySet()) {
			covered += Math.min(levels.getOrDefault(req.getKey(), 0), req.getValue());
		}
		return covered;
	}

	private static int total(Map<?, Integer> required) {
		int total = 0;
		for (int level : required.values()) {
			total += level;
		}
		return total;
	}

}
