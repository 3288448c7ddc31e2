package io.cocareer.tour.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import io.cocareer.tour.TourType;

/**
 * A work package as its detail page and the API show it, with what the reader may do.
 * @param interests who is interested; {@code null} unless the reader manages the package
 * @param ownInterest the reader's own interest, {@code null} if none
 * @param mayManage whether the reader may edit it and change its status
 * @param mayExpressInterest whether the reader may express interest now
 * @param nextStatuses the statuses it may move to
 */
public record WorkPackageView(UUID id, String title, String description, String expectedResults, UUID sponsorId,
		String sponsorEmployeeId, String sponsorName, UUID unitId, String unitName, LocalDate startOn,
		LocalDate endOn, int timeShare, int seats, TourType tourType, WorkPackageStatus status,
		List<RequiredCompetencyView> competencies, QualityAssessment quality, String createdByName,
		Instant createdAt, String updatedByName, Instant updatedAt, long version, List<InterestView> interests,
		long interestCount, InterestView ownInterest, boolean mayManage, boolean mayExpressInterest,
		Set<WorkPackageStatus> nextStatuses) {

}
