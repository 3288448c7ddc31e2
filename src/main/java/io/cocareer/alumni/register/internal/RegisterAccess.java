package io.cocareer.alumni.register.internal;

import java.util.Set;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who reads and changes what in the register, in one place. An alumnus reads their own record and
 * interactions, changes their own consent, and logs their own events, referrals and contacts; the
 * talent lead reads every alumnus and logs anything, marks referrals hired and invites to the
 * distinguished tier. Managers, talents and administrators read nothing of it (they meet an
 * alumnus only through the modules that involve them, each with its own policy).
 */
@Component
public class RegisterAccess {

	private static final Set<InteractionKind> LOGGED_BY_ALUMNI = Set.of(InteractionKind.EVENT,
			InteractionKind.REFERRAL, InteractionKind.CONTACT);

	public boolean isAlumnus(Actor actor) {
		return actor.has(Role.ALUMNUS) && actor.personId() != null;
	}

	public boolean mayReadAll(Actor actor) {
		return actor.isTalentLead();
	}

	/** The alumnus the actor is, or refused (403). */
	public PersonId requireAlumnus(Actor actor) {
		if (!isAlumnus(actor)) {
			throw new PermissionDenied("alumni.register.denied.notAlumnus", "Only an alumnus has an alumni record");
		}
		return actor.personId();
	}

	/** Refuses (403) anyone but the talent lead. */
	public void requireTalentLead(Actor actor) {
		if (!mayReadAll(actor)) {
			throw new PermissionDenied("alumni.register.denied", "Only the talent lead manages the alumni");
		}
	}

	/** Whether the actor may log this kind of interaction for this alumnus. */
	public boolean mayRecord(Actor actor, PersonId alumnus, InteractionKind kind) {
		if (actor.isTalentLead()) {
			return true;
		}
		return isAlumnus(actor) && actor.personId().equals(alumnus) && LOGGED_BY_ALUMNI.contains(kind);
	}

}
