package io.cocareer.tour.catalogue;

import java.util.List;
import java.util.Map;

import io.cocareer.tour.catalogue.internal.WorkPackage;

/**
 * How good a work package is on the four qualities, and whether it is weak (the rule is in the
 * aggregate, {@code WorkPackage.assess}).
 * @param ratings every quality with its rating
 * @param mean the mean of the four ratings
 * @param weak whether the package is flagged as weak
 * @param lowQualities the qualities rated at or below the bar, in the order of {@link Quality}
 * @param lowMean whether the mean is below the bar
 */
public record QualityAssessment(Map<Quality, QualityRating> ratings, double mean, boolean weak,
		List<Quality> lowQualities, boolean lowMean) {

	public QualityAssessment {
		ratings = Map.copyOf(ratings);
		lowQualities = List.copyOf(lowQualities);
	}

	public QualityRating rating(Quality quality) {
		return this.ratings.get(quality);
	}

	/** The mean, rounded to one decimal, for display. */
	public String meanText() {
		return String.format(java.util.Locale.ROOT, "%.1f", this.mean);
	}

}
