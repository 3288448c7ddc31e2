package io.cocareer.tour;

import java.util.UUID;

/** Filters of the work package catalogue; {@code null} means "any". */
public record PackageFilter(WorkPackageStatus status, UUID unitId, TourType tourType, Boolean weak) {

	public static PackageFilter none() {
		return new PackageFilter(null, null, null, null);
	}

}
