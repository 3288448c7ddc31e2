package io.cocareer.tour;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

/** Who belongs to the programme's audience: the staff (talent lead, managers, talents, administrators). */
final class TourAccess {

	private TourAccess() {
	}

	static boolean isStaff(Actor actor) {
		return actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT)
				|| actor.has(Role.ADMIN);
	}

	static void requireStaff(Actor actor) {
		if (!isStaff(actor)) {
			throw new PermissionDenied("tour.denied.staffOnly", "Tours of duty are for the organisation's staff");
		}
	}

}
