package io.cocareer.talent.internal;

import java.util.Optional;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.DesignationView;
import io.cocareer.talent.TalentNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may read and do what with a talent's data, in one place for every part of the talent
 * module (deny by default), for the UI and the API alike, and for the {@code may…} flags the
 * pages show:
 * <ul>
 * <li>a profile and the notes on it are read by the talent themself, their direct manager and the
 * talent lead; for anyone else they do not exist (404, never 403, so their existence does not
 * leak);</li>
 * <li>only the talent writes their profile, and only if they keep one: the talent role or an
 * active designation; readers who are not the talent are told so (403);</li>
 * <li>the manager and the talent lead write notes, never on themselves; the talent reads the
 * notes about them too (transparency: nothing is said about a talent behind their back);</li>
 * <li>only the talent lead designates, changes and ends designations, keeps the competency
 * catalogue and sees the whole pool and the 9-box; a manager sees the talents among their direct
 * reports.</li>
 * </ul>
 */
@Component
public class TalentGuard {

	private final PeopleDirectory people;

	private final TalentReadModel reads;

	TalentGuard(PeopleDirectory people, TalentReadModel reads) {
		this.people = people;
		this.reads = reads;
	}

	/**
	 * How the actor stands to a talent's data: as the talent, as the talent lead, as their direct
	 * manager (only asked of the people module when the actor is neither of the others).
	 */
	public Reading reading(Actor actor, UUID personId) {
		boolean self = actor.isPerson(PersonId.ofNullable(personId));
		boolean lead = actor.isTalentLead();
		boolean manager = !self && !lead && this.people.isManagerOf(actor.personId(), PersonId.ofNullable(personId));
		return new Reading(self, lead, manager);
	}

	/**
	 * Refuses (404) an actor who may not read the talent's data, and a person who is no talent
	 * (neither a profile nor a designation).
	 * @return whether the actor is the talent themself
	 */
	public boolean requireReadable(Actor actor, UUID personId) {
		boolean self = actor.isPerson(PersonId.ofNullable(personId));
		if (!self && !actor.isTalentLead() && !this.people.isManagerOf(actor.personId(), PersonId.ofNullable(personId))) {
			throw new TalentNotFoundException(PersonId.of(personId));
		}
		if (!this.reads.hasProfile(personId) && !this.reads.hasDesignation(personId)) {
			throw new TalentNotFoundException(PersonId.of(personId));
		}
		return self;
	}

	/** Only the talent writes their profile; readers who are not the talent are told so, others get a 404. */
	public void requireSelf(Actor actor, UUID personId) {
		if (actor.isPerson(PersonId.ofNullable(personId))) {
			return;
		}
		if (actor.isTalentLead() || this.people.isManagerOf(actor.personId(), PersonId.ofNullable(personId))) {
			throw new PermissionDenied("talent.denied.editOthers", "Only the talent edits their profile");
		}
		throw new TalentNotFoundException(PersonId.of(personId));
	}

	/** Whether the actor keeps a profile: with the talent role, or while they are designated. */
	public boolean mayKeepProfile(Actor actor, Optional<DesignationView> designation) {
		return actor.has(Role.TALENT) || designation.map(DesignationView::active).orElse(false);
	}

	/** Whether the actor may start a profile of their own: everyone with the talent role may. */
	public boolean mayStartProfile(Actor actor) {
		return actor.personId() != null && actor.has(Role.TALENT);
	}

	/** Whose designations the actor sees in the pool; refuses anyone but the talent lead and a manager. */
	public PoolScope poolScope(Actor actor) {
		if (actor.isTalentLead()) {
			return PoolScope.WHOLE_POOL;
		}
		if (!actor.has(Role.MANAGER) || actor.personId() == null) {
			throw leadOnly();
		}
		return PoolScope.DIRECT_REPORTS;
	}

	public void requireLead(Actor actor) {
		if (!actor.isTalentLead()) {
			throw leadOnly();
		}
	}

	private static PermissionDenied leadOnly() {
		return new PermissionDenied("talent.denied.leadOnly", "Only the talent lead manages the talent pool");
	}

	/** How an actor stands to one talent's data. */
	public record Reading(boolean self, boolean lead, boolean manager) {

		/** The talent, their direct manager and the talent lead read a talent's data. */
		public boolean reads() {
			return this.self || this.lead || this.manager;
		}

		/** The manager and the talent lead write notes, never on themselves. */
		public boolean writesNotes() {
			return (this.lead || this.manager) && !this.self;
		}

		/** The talent lead manages the designation. */
		public boolean managesDesignation() {
			return this.lead;
		}

	}

	/** Whose designations an actor sees in the pool. */
	public enum PoolScope {

		/** The talent lead: everyone's. */
		WHOLE_POOL,

		/** A manager: those of their direct reports. */
		DIRECT_REPORTS

	}

}
