package io.cocareer.network.review.internal;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read the review across talents: the talent lead, and nobody else (managers, talents,
 * alumni and administrators are refused). Figures only; nobody reads one talent's map here.
 */
@Component
public class ReviewAccess {

	public boolean mayReview(Actor actor) {
		return actor != null && actor.has(Role.TALENT_LEAD);
	}

	public void requireReviewer(Actor actor) {
		if (!mayReview(actor)) {
			throw new PermissionDenied("network.review.denied", "Only the talent lead reads the review across talents");
		}
	}

}
