package io.cocareer.tour.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cocareer.tour.MatchScore;
import io.cocareer.tour.MatchingSettings;

/**
 * The match score of DOMAIN §5.3, in plain Java so it can be checked with worked numbers.
 * Competencies are keyed by their (unique) catalogue name so the explanation can name them.
 * <ul>
 * <li>SkillFit = Σ min(level, req) / Σ req, 1 when nothing is required;</li>
 * <li>Stretch = (g/g*)·exp(1 − g/g*) with g the mean positive gap over the required competencies:
 * 0 without a gap, 1 at the target gap, then declining (challenge has diminishing returns);</li>
 * <li>AspirationFit = Jaccard similarity of the talent's aspiration words and the package's words;</li>
 * <li>availability multiplies the whole score (1.0 until tours commit people's time).</li>
 * </ul>
 */
public final class MatchScoring {

	/** Words too common to say anything about an aspiration. */
	private static final Set<String> STOP_WORDS = Set.of("about", "after", "also", "been", "before", "being", "both",
			"does", "each", "every", "from", "have", "into", "just", "like", "make", "more", "most", "much", "must",
			"only", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then",
			"there", "these", "they", "this", "those", "through", "very", "want", "what", "when", "where", "which",
			"while", "will", "with", "within", "would", "your", "ours");

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
		double aspirationFit = jaccard(talentWords, packageWords);
		double free = Math.max(0, Math.min(1, availability));
		double score = free * (this.settings.skill() * skillFit + this.settings.aspiration() * aspirationFit
				+ this.settings.stretch() * stretch);

		List<String> why = new ArrayList<>();
		if (required.isEmpty()) {
			why.add("The package requires no particular competency");
		}
		else {
			why.add("Covers %d of %d required levels".formatted(covered(required, levels), total(required)));
			new TreeSet<>(required.keySet()).forEach((name) -> {
				int missing = required.get(name) - levels.getOrDefault(name, 0);
				if (missing > 0) {
					why.add("Stretch: %d level%s to grow in %s".formatted(missing, (missing == 1) ? "" : "s", name));
				}
			});
			if (gap == 0) {
				why.add("No stretch: already meets every required level");
			}
		}
		Set<String> shared = new TreeSet<>(talentWords);
		shared.retainAll(packageWords);
		why.add(shared.isEmpty() ? "Aspirations and the package share no words"
				: "Aspirations share: " + String.join(", ", shared.stream().limit(6).toList()));
		why.add("Availability not modelled yet (no tours commit time): counted as %.1f".formatted(free));
		return new MatchScore(score, skillFit, aspirationFit, stretch, free, this.settings, List.copyOf(why));
	}

	public static double skillFit(Map<String, Integer> required, Map<String, Integer> levels) {
		int total = total(required);
		return (total == 0) ? 1.0 : (double) covered(required, levels) / total;
	}

	/** The mean over required competencies of max(0, required − level); 0 when nothing is required. */
	public static double meanGap(Map<String, Integer> required, Map<String, Integer> levels) {
		if (required.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (Map.Entry<String, Integer> req : required.entrySet()) {
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

	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new TreeSet<>(a);
		union.addAll(b);
		long common = a.stream().filter(b::contains).count();
		return (double) common / union.size();
	}

	/** Lower-cased words of at least four letters, without stop words. */
	public static Set<String> tokens(Collection<String> texts) {
		Set<String> words = new TreeSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				if (word.length() >= 4 && !STOP_WORDS.contains(word)) {
					words.add(word);
				}
			}
		}
		return words;
	}

	private static int covered(Map<String, Integer> required, Map<String, Integer> levels) {
		return required.entrySet()
			.stream()
			.mapToInt((req) -> Math.min(levels.getOrDefault(req.getKey(), 0), req.getValue()))
			.sum();
	}

	private static int total(Map<String, Integer> required) {
		return required.values().stream().mapToInt(Integer::intValue).sum();
	}

}
