package io.cocareer.toolbox.programme.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.programme.ParticipantStatus;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with development programmes, in one place.
 * <ul>
 * <li>The catalogue (programmes, tracks, modules, cohorts with their counts) is read by all staff:
 * the talent lead, managers, talents. Administrators and alumni read none of it.</li>
 * <li>The talent lead builds programmes, tracks, modules and cohorts, changes them afterwards, enrols
 * and withdraws. Nobody else changes the catalogue: their pages offer no such control, the API
 * answers 403.</li>
 * <li>A participant's progress is read by the participant, their manager and the talent lead; by
 * nobody else (a row left out, a participation not found). The participant and the talent lead
 * update it while the participant has not withdrawn.</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class ProgrammeAccess {

	public boolean takesPart(Actor actor) {
		return actor != null && actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they have no part in programmes. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("toolbox.programme.denied",
					"Development programmes are for the organisation's staff");
		}
		return actor.personId().value();
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	/** The talent lead builds programmes and cohorts, enrols and withdraws. */
	public boolean mayManage(Actor actor) {
		return isLead(actor);
	}

	/**
	 * The talent lead changes programmes, tracks, modules and cohorts; when a change is refused
	 * (a track's kind once a cohort began, a module with progress) is the aggregates' rule.
	 */
	public boolean mayChange(Actor actor) {
		return isLead(actor);
	}

	/**
	 * Whether the actor reads this person's progress: the person, their manager, the talent lead.
	 * @param managesPerson whether the actor is the person's manager
	 */
	public boolean mayReadProgress(Actor actor, UUID personId, boolean managesPerson) {
		if (!takesPart(actor) || personId == null) {
			return false;
		}
		return isLead(actor) || actor.personId().value().equals(personId) || (managesPerson && actor.has(Role.MANAGER));
	}

	/** Whose the progress is to keep: the participant's and the talent lead's (whether it may still change or not). */
	public boolean keepsProgress(Actor actor, Participant participant) {
		return takesPart(actor) && (isLead(actor) || actor.personId().value().equals(participant.personId()));
	}

	/** The participant and the talent lead, until the participant withdraws. */
	public boolean mayUpdateProgress(Actor actor, Participant participant) {
		return keepsProgress(actor, participant) && participant.status() != ParticipantStatus.WITHDRAWN;
	}

	/** The talent lead withdraws a participant still enrolled. */
	public boolean mayWithdraw(Actor actor, Participant participant) {
		return isLead(actor) && participant.status() == ParticipantStatus.ENROLLED;
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.programme.notFound", "There is no such programme");
	}

	public static NotFoundException trackNotFound() {
		return new NotFoundException("toolbox.programme.track.notFound", "There is no such track");
	}

	public static NotFoundException moduleNotFound() {
		return new NotFoundException("toolbox.programme.module.notFound", "There is no such module");
	}

	public static NotFoundException cohortNotFound() {
		return new NotFoundException("toolbox.programme.cohort.notFound", "There is no such cohort");
	}

	public static NotFoundException participantNotFound() {
		return new NotFoundException("toolbox.programme.participant.notFound", "There is no such participant");
	}

}
