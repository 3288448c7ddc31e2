package io.cocareer.alumni.entry.internal;

import java.util.Set;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what of the alumni programme at entry, in one place.
 * <ul>
 * <li>The welcome is read by the people who work or worked here (talent lead, managers, talents,
 * alumni); administrators run the system and read none of it.</li>
 * <li>Staff with a person (a talent, a manager, the talent lead) say they have read it: their own
 * acknowledgement, nobody else's.</li>
 * <li>The coverage and the worklist of new hires still to acknowledge (with their names), and the
 * reminders, are the talent lead's alone.</li>
 * </ul>
 */
@Component
public class EntryAccess {

	private static final Set<Role> READERS = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ALUMNUS);

	private static final Set<Role> STAFF = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT);

	public boolean mayReadWelcome(Actor actor) {
		return actor != null && actor.roles().stream().anyMatch(READERS::contains);
	}

	public void requireWelcome(Actor actor) {
		if (!mayReadWelcome(actor)) {
			throw new PermissionDenied("alumni.entry.denied.welcome", "The alumni welcome is for the people who work or worked here");
		}
	}

	public boolean mayAcknowledge(Actor actor) {
		return actor != null && actor.personId() != null && actor.roles().stream().anyMatch(STAFF::contains);
	}

	public void requireAcknowledge(Actor actor) {
		if (!mayAcknowledge(actor)) {
			throw new PermissionDenied("alumni.entry.denied.acknowledge",
					"Only the organisation's staff acknowledge the alumni programme");
		}
	}

	public boolean mayReadCoverage(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

	public void requireCoverage(Actor actor) {
		if (!mayReadCoverage(actor)) {
			throw new PermissionDenied("alumni.entry.denied.coverage", "The coverage of new hires is the talent lead's");
		}
	}

}
