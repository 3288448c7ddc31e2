package io.cocareer.alumni.review;

import io.cocareer.alumni.AlumniKeyFigures;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Component;

/** The review's key figures for other modules ({@link AlumniKeyFigures}): the review of the last 12 months, its counts as shown. */
@Component
class AlumniReviewKeyFigures implements AlumniKeyFigures {

	private final AlumniReviewService reviews;

	AlumniReviewKeyFigures(AlumniReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public boolean mayRead(Actor actor) {
		return this.reviews.mayReview(actor);
	}

	@Override
	public KeyFigures keyFigures(Actor actor) {
		AlumniReview review = this.reviews.review(actor, null, null);
		return new KeyFigures(review.from(), review.to(), review.minGroupSize(),
				review.tooFewAlumni() ? null : review.alumni(), review.hires(), review.rehires(),
				review.boomerangRate().percent());
	}

}
