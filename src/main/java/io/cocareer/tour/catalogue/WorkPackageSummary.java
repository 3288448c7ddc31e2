package io.cocareer.tour.catalogue;

import java.time.LocalDate;
import java.util.UUID;
import io.cocareer.tour.TourType;

/** A work package as the catalogue lists it. */
public record WorkPackageSummary(UUID id, String title, UUID unitId, String unitName, UUID sponsorId,
		String sponsorName, LocalDate startOn, LocalDate endOn, int timeShare, int seats, TourType tourType,
		WorkPackageStatus status, QualityAssessment quality, long interestCount) {

}
