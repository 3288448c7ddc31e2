package io.cocareer.tour.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.cocareer.tour.TourType;

/**
 * What a work package says, as typed in a form or sent to the API; checked by the service (the
 * sponsor, the unit, the catalogue) and by the aggregate (everything else).
 */
public record WorkPackageTerms(String title, String description, String expectedResults, String sponsorEmployeeId,
		UUID unitId, LocalDate startOn, LocalDate endOn, Integer timeShare, Integer seats, TourType tourType,
		List<RequiredCompetency> competencies, Map<Quality, QualityRating> ratings) {

	public WorkPackageTerms {
		competencies = (competencies == null) ? List.of()
				: competencies.stream().filter((row) -> row != null).toList();
		ratings = (ratings == null) ? Map.of() : Map.copyOf(ratings);
	}

}
