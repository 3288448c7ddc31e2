package io.cocareer.tour.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cocareer.tour.MatchReason;
import io.cocareer.tour.MatchScore;
import io.cocareer.tour.MatchingSettings;

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
 * so one shared word gave every talent the same 3 %. Tags are words of four letters or more without
 * stop words, plurals folded ("customers" is "customer");</li>
 * <li>availability multiplies the whole score (the free share of the week over the package window, against the package's share).</li>
 * </ul>
 * The explanation is a list of {@link MatchReason}s: message codes of
 * messages/tour-matching.properties (all listed in {@link #REASON_CODES}) with their arguments.
 */
public final class MatchScoring {

	/** Words too common to say anything about an aspiration. */
	static final Set<String> STOP_WORDS = Set.of("about", "after", "also", "been", "before", "being", "both",
			"does", "each", "every", "from", "have", "into", "just", "like", "make", "more", "most", "much", "must",
			"only", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then",
			"there", "these", "they", "this", "those", "through", "very", "want", "what", "when", "where", "which",
			"while", "will", "with", "within", "would", "your", "ours");

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
	 * @param talentWords the talent's aspiration words (see {@link #tokens(Collection)})
	 * @param packageWords the package's words
	 * @param availability share of the talent's time that is free, 0..1
	 */
	public MatchScore score(Map<String, Integer> required, Map<String, Integer> levels, Set<String> talentWords,
			Set<String> packageWords, double availability) {
		double skillFit = skillFit(required, levels);
		double gap = meanGap(required, levels);
		double stretch = stretch(gap, this.settings.stretchTarget());
		double aspirationFit = cosine(talentWords, packageWords);
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
		Set<String> shared = new TreeSet<>(talentWords);
		shared.retainAll(packageWords);
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
	public <K> double value(Map<K, Integer> required, Map<K, Integer> levels, Set<String> talentWords,
			Set<String> packageWords, double availability) {
		double stretch = stretch(meanGap(required, levels), this.settings.stretchTarget());
		return weighted(free(availability), skillFit(required, levels), cosine(talentWords, packageWords), stretch);
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
	 * Lower-cased words of at least four letters, without stop words, plurals folded ({@link #stem}): the runs of letters
	 * ({@code \p{L}}) of the lower-cased texts, scanned by hand rather than with a regular
	 * expression, since the whole pool's aspirations are tokenised for every ranking.
	 */
	public static Set<String> tokens(Collection<String> texts) {
		Set<String> words = new HashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			int start = -1;
			int i = 0;
			while (i <= lower.length()) {
				int codePoint = (i < lower.length()) ? lower.codePointAt(i) : ' ';
				boolean letter = i < lower.length() && Character.isLetter(codePoint);
				if (letter && start < 0) {
					start = i;
				}
				else if (!letter && start >= 0) {
					// short words are skipped before a string is made of them
					if (i - start >= 4) {
						add(words, lower.substring(start, i));
					}
					start = -1;
				}
				i += (i < lower.length()) ? Character.charCount(codePoint) : 1;
			}
		}
		return words;
	}

	private static void add(Set<String> words, String word) {
		if (!STOP_WORDS.contains(word)) {
			words.add(stem(word));
		}
	}

	/**
	 * The word with an English plural folded: "journeys" → "journey", "stories" → "story",
	 * "customers" → "customer"; words ending in "ss", "us" or "is" ("business", "status",
	 * "analysis") stay as they are.
	 */
	static String stem(String word) {
		int n = word.length();
		if (n > 4 && word.endsWith("ies")) {
			return word.substring(0, n - 3) + "y";
		}
		if (n > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
			return word.substring(0, n - 1);
		}
		return word;
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
