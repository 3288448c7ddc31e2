package io.cocareer.people.internal;

import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with people: the one place the people module decides it. The services
 * ask it before they read or write, and the pages show the flags it answers (so a template checks
 * no role). The URL gates ({@code PeopleUrlGates}) say the same coarsely: the directory is for
 * staff, changes are for the talent lead and administrators.
 */
@Component
public class PeopleGuard {

	private final PeopleDirectory directory;

	PeopleGuard(PeopleDirectory directory) {
		this.directory = directory;
	}

	/** Staff see the directory and person pages; alumni have left, and a caller nobody knows sees nothing. */
	public boolean maySeeDirectory(Actor actor) {
		return actor != null && actor.isStaff();
	}

	public void requireDirectory(Actor actor) {
		if (!maySeeDirectory(actor)) {
			throw new PermissionDenied("people.denied.directory", "Only staff see the people directory");
		}
	}

	/** Only the talent lead and administrators change people and units, import and export. */
	public boolean mayManagePeople(Actor actor) {
		return actor != null && (actor.has(Role.TALENT_LEAD) || actor.has(Role.ADMIN));
	}

	public void requireManagePeople(Actor actor) {
		if (!mayManagePeople(actor)) {
			throw new PermissionDenied("people.denied.manage", "Only the talent lead or an administrator may do this");
		}
	}

	/**
	 * Erasing a person is the talent lead's alone: it cannot be undone, and administrators keep
	 * the platform, not the people's data.
	 */
	public boolean mayErase(Actor actor) {
		return actor != null && actor.isTalentLead();
	}

	public void requireErase(Actor actor) {
		if (!mayErase(actor)) {
			throw new PermissionDenied("people.denied.erase", "Only the talent lead may erase a person");
		}
	}

	/** Whether the actor may erase themselves: an alumnus (the person is checked to have left when erased). */
	public boolean mayEraseOwn(Actor actor) {
		return actor != null && actor.personId() != null && actor.has(Role.ALUMNUS) && !actor.isStaff();
	}

	public void requireEraseOwn(Actor actor) {
		if (!mayEraseOwn(actor)) {
			throw new PermissionDenied("people.denied.eraseOwn", "Only an alumnus may ask for their own data to be erased");
		}
	}

	/**
	 * Employment history is personal: the talent lead, administrators, the person and their
	 * direct manager see it; nobody else.
	 */
	public boolean maySeeEmploymentHistory(Actor actor, UUID personId) {
		return actor != null && (mayManagePeople(actor) || actor.isPerson(PersonId.of(personId))
				|| this.directory.isManagerOf(actor.personId(), PersonId.of(personId)));
	}

}
