package io.cocareer.network.review;

import io.cocareer.network.NetworkKeyFigures;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Component;

/** The review's whole-organisation figures for other modules ({@link NetworkKeyFigures}), as the review shows them. */
@Component
class ReviewKeyFigures implements NetworkKeyFigures {

	private final NetworkReviewService reviews;

	ReviewKeyFigures(NetworkReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public boolean mayRead(Actor actor) {
		return this.reviews.mayReview(actor);
	}

	@Override
	public KeyFigures keyFigures(Actor actor) {
		NetworkReview review = this.reviews.review(actor, ReviewFilter.none());
		if (!review.shown()) {
			return new KeyFigures(review.minGroupSize(), null, null);
		}
		Long reaching = review.figures()
			.stream()
			.filter((figure) -> figure.key().equals("externalReach"))
			.map((figure) -> figure.band("reached"))
			.filter((band) -> band != null)
			.map(NetworkReview.Band::talents)
			.findFirst()
			.orElse(null);
		return new KeyFigures(review.minGroupSize(), review.talents(), reaching);
	}

}
