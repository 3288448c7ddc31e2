package io.cocareer.tour.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.cocareer.tour.TourRecordPart;

import org.springframework.stereotype.Component;

/** The results on a career record: what the closing review recorded (the company's, else the talent's). */
@Component
class ResultsOnTheRecord implements TourRecordPart {

	private final ClosingReviewRepository reviews;

	ResultsOnTheRecord(ClosingReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	public Map<UUID, String> results(Collection<UUID> tourIds) {
		Map<UUID, String> found = new HashMap<>();
		for (ClosingReview review : this.reviews.findAllById(tourIds)) {
			String results = (review.companyResults() != null && !review.companyResults().isBlank())
					? review.companyResults() : review.talentResults();
			if (results != null && !results.isBlank()) {
				found.put(review.tourId(), results);
			}
		}
		return found;
	}

}
