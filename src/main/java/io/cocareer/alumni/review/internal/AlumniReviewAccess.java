package io.cocareer.alumni.review.internal;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who reads the review across alumni: the talent lead, and nobody else (managers, talents,
 * alumni and administrators are refused). Figures only: nobody reads one alumnus here.
 */
@Component
public class AlumniReviewAccess {

	public boolean mayReview(Actor actor) {
		return actor != null && actor.has(Role.TALENT_LEAD);
	}

	public void requireReviewer(Actor actor) {
		if (!mayReview(actor)) {
			throw new PermissionDenied("alumni.review.denied", "Only the talent lead reads the review across alumni");
		}
	}

}
