package io.cocareer.toolbox.overview.internal;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees what of the programme overview and the infographic, in one place.
 * <ul>
 * <li>The talent lead sees the overview, its charts and exports, and the infographic with the
 * organisation's figures.</li>
 * <li>Managers and talents download the generic infographic (the seeds' content, no figure).</li>
 * <li>Administrators run the system and read no careers; alumni work here no more: nothing.</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these, or has no person.
 */
@Component
public class OverviewAccess {

	/** Whether the actor works here as staff (the talent lead, a manager, a talent) with a person of their own. */
	public boolean isStaff(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The talent lead: the overview and the organisation's figures. */
	public boolean mayReadOverview(Actor actor) {
		return actor.personId() != null && actor.has(Role.TALENT_LEAD);
	}

	/** Staff: the generic infographic. */
	public boolean mayDownloadGeneric(Actor actor) {
		return isStaff(actor);
	}

	/** The talent lead: the infographic with the organisation's figures. */
	public boolean mayDownloadOrganisation(Actor actor) {
		return mayReadOverview(actor);
	}

	public void requireOverview(Actor actor) {
		if (!mayReadOverview(actor)) {
			throw new PermissionDenied("toolbox.overview.denied",
					"Only the talent lead sees the programme overview and the organisation's figures");
		}
	}

	public void requireGeneric(Actor actor) {
		if (!mayDownloadGeneric(actor)) {
			throw new PermissionDenied("toolbox.overview.infographic.denied",
					"The infographic is for the organisation's staff");
		}
	}

}
