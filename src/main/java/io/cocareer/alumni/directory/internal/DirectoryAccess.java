package io.cocareer.alumni.directory.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees what of the alumni's profiles, the directory and the relations with the alumni, in one
 * place.
 * <ul>
 * <li>An alumnus (signed in as one, with a person, not back on staff) keeps their own profile and
 * reads the directory: the alumni who chose to be listed and whose consent to be contacted holds.
 * They never learn of an unlisted or withdrawn alumnus (404), nor of anyone's tier or
 * interactions.</li>
 * <li>The talent lead reads every alumnus, listed or not, with their tier, record, profile and
 * interactions, and manages the relations (interactions, hired referrals, the distinguished tier).
 * They do not change an alumnus' profile: it is the alumnus' own.</li>
 * <li>Managers, talents and administrators see nothing of it (403 for the directory, 404 for a
 * person).</li>
 * </ul>
 */
@Component
public class DirectoryAccess {

	/** Whether the actor reads the alumni directory at all (pages show the links by it). */
	public boolean mayUseDirectory(Actor actor) {
		return isLead(actor) || isAlumnus(actor);
	}

	/** Whether the actor sees every alumnus (listed or not) with their tier: the talent lead. */
	public boolean seesEveryone(Actor actor) {
		return isLead(actor);
	}

	/** Whether the actor keeps a profile of their own: an alumnus. */
	public boolean mayKeepProfile(Actor actor) {
		return isAlumnus(actor);
	}

	/** Whether the actor manages the relations with the alumni: the talent lead. */
	public boolean mayManageRelations(Actor actor) {
		return isLead(actor);
	}

	/** Refuses (403) whoever does not read the directory: managers, talents, administrators. */
	public void reader(Actor actor) {
		if (!mayUseDirectory(actor)) {
			throw new PermissionDenied("alumni.directory.denied",
					"The alumni directory is for the alumni and the talent lead");
		}
	}

	/** The alumnus' own person, or refused (403) for anyone who is not an alumnus. */
	public UUID alumnus(Actor actor) {
		if (!isAlumnus(actor)) {
			throw new PermissionDenied("alumni.directory.profile.denied", "Only an alumnus keeps an alumni profile");
		}
		return actor.personId().value();
	}

	/** Refuses (403) whoever does not manage the relations with the alumni. */
	public void lead(Actor actor) {
		if (!isLead(actor)) {
			throw new PermissionDenied("alumni.directory.relations.denied",
					"Only the talent lead manages the relations with the alumni");
		}
	}

	/**
	 * Whether the actor may read this alumnus' profile: the lead any; an alumnus their own, or
	 * another's that is listed and whose consent holds ({@code contactable}: as the register says now).
	 */
	public boolean mayRead(Actor actor, UUID personId, boolean listed, boolean contactable) {
		if (isLead(actor)) {
			return true;
		}
		if (!isAlumnus(actor)) {
			return false;
		}
		return actor.personId().value().equals(personId) || (listed && contactable);
	}

	/** The profile, if the actor may read it; otherwise it does not exist for them. */
	public void requireReadable(Actor actor, UUID personId, boolean listed, boolean contactable) {
		reader(actor);
		if (!mayRead(actor, personId, listed, contactable)) {
			throw notFound();
		}
	}

	public static NotFoundException notFound() {
		return new NotFoundException("alumni.directory.notFound", "There is no such alumnus in the directory");
	}

	private static boolean isLead(Actor actor) {
		return actor != null && actor.isTalentLead();
	}

	/** Signed in as an alumnus with a person, and not back on staff (a boomerang reads as staff). */
	private static boolean isAlumnus(Actor actor) {
		return actor != null && actor.has(Role.ALUMNUS) && actor.personId() != null && !actor.isStaff();
	}

}
