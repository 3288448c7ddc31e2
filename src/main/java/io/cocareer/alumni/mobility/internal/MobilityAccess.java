package io.cocareer.alumni.mobility.internal;

import java.util.Set;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who reads and writes what of the mobility policy and the career horizons, in one place.
 * <ul>
 * <li>The policy is read by everyone who works or worked here: the talent lead, managers, talents
 * and alumni. Administrators run the system and read none of it. Only a talent lead publishes.</li>
 * <li>A career horizon is a talent's (the talent role, with a person): they set, share, unshare and
 * clear their own. The talent lead reads every talent's; a manager reads a direct report's only
 * while the report shares it; nobody else reads any (not another talent, not an alumnus, not an
 * administrator).</li>
 * </ul>
 * Deny by default: a horizon a reader may not see does not exist for them.
 */
@Component
public class MobilityAccess {

	private static final Set<Role> READERS = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ALUMNUS);

	public boolean mayReadPolicy(Actor actor) {
		return actor != null && actor.roles().stream().anyMatch(READERS::contains);
	}

	public void requireReadPolicy(Actor actor) {
		if (!mayReadPolicy(actor)) {
			throw new PermissionDenied("alumni.mobility.denied.policy",
					"The mobility policy is for the people who work or worked here");
		}
	}

	public boolean mayPublishPolicy(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

	public void requirePublishPolicy(Actor actor) {
		if (!mayPublishPolicy(actor)) {
			throw new PermissionDenied("alumni.mobility.denied.publish", "Only the talent lead publishes the mobility policy");
		}
	}

	/** Whether the actor has a career horizon of their own to set: a talent with a person. */
	public boolean mayHaveHorizon(Actor actor) {
		return actor != null && actor.personId() != null && actor.has(Role.TALENT);
	}

	public void requireOwnHorizon(Actor actor) {
		if (!mayHaveHorizon(actor)) {
			throw new PermissionDenied("alumni.mobility.denied.horizon", "A career horizon is a talent's own");
		}
	}

	/** Whether the actor reads every talent's horizon: the talent lead. */
	public boolean mayReadAllHorizons(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

	/** Whether the actor reads the horizons their direct reports share with them: a manager. */
	public boolean mayReadReportsHorizons(Actor actor) {
		return actor != null && actor.personId() != null && actor.has(Role.MANAGER);
	}

	/** Whether the actor has a list of horizons to read at all. */
	public boolean mayReadHorizonList(Actor actor) {
		return mayReadAllHorizons(actor) || mayReadReportsHorizons(actor);
	}

	public void requireHorizonList(Actor actor) {
		if (!mayReadHorizonList(actor)) {
			throw new PermissionDenied("alumni.mobility.denied.horizons",
					"Career horizons are read by the talent lead, and by a manager when their report shares theirs");
		}
	}

	/**
	 * Whether the actor reads this horizon: its talent, the talent lead, or the talent's manager while
	 * the talent shares it.
	 */
	public boolean mayReadHorizon(Actor actor, CareerHorizon horizon, boolean actorManagesTalent) {
		if (actor == null || actor.personId() == null) {
			return false;
		}
		if (actor.personId().value().equals(horizon.personId())) {
			return true;
		}
		if (mayReadAllHorizons(actor)) {
			return true;
		}
		return mayReadReportsHorizons(actor) && actorManagesTalent && horizon.sharedWithManager();
	}

}
