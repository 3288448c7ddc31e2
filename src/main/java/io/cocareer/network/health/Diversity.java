package io.cocareer.network.health;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How evenly a network's developers spread over categories such as their arenas (DOMAIN.md §2.3):
 * richness (categories seen), Blau's index, the index of qualitative variation over the
 * {@code possible} categories, Shannon's entropy, its evenness and the effective number of
 * categories. An empty network measures NaN (richness 0).
 *
 * @param richness the number of categories seen
 * @param blau 1 − Σ p_c²: the chance that two developers drawn at random are of different categories
 * @param iqv Blau × K/(K−1) for K possible categories, between 0 and 1
 * @param shannon −Σ p_c ln p_c
 * @param evenness Shannon / ln K
 * @param effectiveCategories e^Shannon
 */
public record Diversity(int richness, double blau, double iqv, double shannon, double evenness,
		double effectiveCategories) {

	/** The diversity of these categories, one per developer, out of {@code possible} categories. */
	public static <C> Diversity of(Collection<C> categories, int possible) {
		if (possible < 2) {
			throw new IllegalArgumentException("Diversity needs at least two possible categories, not " + possible);
		}
		Map<C, Integer> counts = new LinkedHashMap<>();
		categories.forEach((category) -> counts.merge(category, 1, Integer::sum));
		if (counts.size() > possible) {
			throw new IllegalArgumentException(counts.size() + " categories seen, but only " + possible + " possible");
		}
		if (categories.isEmpty()) {
			return new Diversity(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		double total = categories.size();
		double squares = 0;
		double shannon = 0;
		for (int count : counts.values()) {
			double share = count / total;
			squares += share * share;
			shannon -= share * Math.log(share);
		}
		double blau = 1 - squares;
		return new Diversity(counts.size(), blau, blau * possible / (possible - 1), shannon,
				shannon / Math.log(possible), Math.exp(shannon));
	}

}
