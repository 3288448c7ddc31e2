package io.cocareer.tour.catalogue;

import java.util.UUID;
import io.cocareer.tour.TourType;

/**
 * Filters of the work package catalogue; {@code null} means "any". {@code words} finds packages
 * whose title contains them, ignoring case: the catalogue grows past one page, and a person
 * looking for a package they heard of knows its name, not its start date.
 */
public record PackageFilter(WorkPackageStatus status, UUID unitId, TourType tourType, Boolean weak, String words) {

	/** Longest search text taken, the length of a title. */
	public static final int MAX_WORDS = 200;

	public PackageFilter {
		words = (words == null || words.isBlank()) ? null : words.strip();
		if (words != null && words.length() > MAX_WORDS) {
			words = words.substring(0, MAX_WORDS);
		}
	}

	public PackageFilter(WorkPackageStatus status, UUID unitId, TourType tourType, Boolean weak) {
		this(status, unitId, tourType, weak, null);
	}

	public static PackageFilter none() {
		return new PackageFilter(null, null, null, null, null);
	}

}
