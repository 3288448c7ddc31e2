package io.cocareer.network.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The review across talents' networks for one filter: figures over groups of at least k talents
 * only. A count that is {@code null} is hidden: it would describe fewer than k talents, or let a
 * subtraction reveal such a group. When {@link #shown()} is false, the filter selects too few
 * talents and nothing else is given.
 *
 * @param minGroupSize k
 * @param talents talents with a map in this view (null when not shown)
 * @param whyNotShown {@code tooFew} (fewer than k talents) or {@code protectsAnother}; null when shown
 * @param heavyMentors people named as mentor or sponsor by k or more talents each, over all talents
 */
public record NetworkReview(int minGroupSize, ReviewFilter filter, String unitName, boolean shown, Long talents,
		String whyNotShown, List<Figure> figures, int heavyMentors, List<Bridge> missingBridges, int unitsCompared,
		List<Recommendation> recommendations, Trend trend) {

	/** One figure's distribution: talents per band. */
	public record Figure(String key, String kind, List<Band> bands) {

		/** The band of talents who reach (arenas, external reach, concentration), for the charts. */
		public Band band(String key) {
			return this.bands.stream().filter((b) -> b.key().equals(key)).findFirst().orElse(null);
		}

	}

	/** Talents in one band; null when hidden. */
	public record Band(String key, Long talents) {

		public boolean hidden() {
			return this.talents == null;
		}

	}

	/** Two units of k or more talents each, neither of whose talents names anyone of the other. */
	public record Bridge(UUID oneUnitId, String oneUnit, UUID otherUnitId, String otherUnit) {

	}

	/** A unit's share of talents with something (none outside the organisation, say), of its talents shown. */
	public record UnitShare(String unit, long percent, long talents) {

	}

	/**
	 * Advice in words: a message code and its arguments (figures shown on the page only); an
	 * argument that is a list of {@link UnitShare} is written as a list of units.
	 */
	public record Recommendation(String code, List<Object> arguments) {

	}

	/**
	 * How the whole organisation's figures moved since an earlier month's snapshot; empty
	 * {@code rows} when there is none yet.
	 */
	public record Trend(LocalDate since, List<TrendRow> rows) {

	}

	/** One band then and now, with the talents counted then and now (null when hidden). */
	public record TrendRow(String figure, String band, Long then, Long thenTalents, Long now, Long nowTalents) {

		/** No talent in the band then or now: nothing to show. */
		public boolean empty() {
			return Long.valueOf(0).equals(this.then) && Long.valueOf(0).equals(this.now);
		}

	}

}
