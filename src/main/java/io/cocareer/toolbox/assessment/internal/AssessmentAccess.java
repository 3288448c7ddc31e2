package io.cocareer.toolbox.assessment.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.assessment.CentreStatus;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with assessment centres, in one place.
 * <ul>
 * <li>The talent lead sets centres up, reads every centre, every rating and evidence, chairs the
 * wash-up, finalises and releases the reports.</li>
 * <li>An assessor of a centre reads its set-up (never a rating of someone else's while rating)
 * and rates the participants they observe, while the centre is open for ratings, never someone who
 * reports to them; at the wash-up they read everyone's ratings side by side, except for their own
 * reports.</li>
 * <li>A participant reads their own report once it is released, and nothing else of the centre.</li>
 * <li>A participant withdrawn from the centre (they left the organisation before their report was
 * released) is no longer rated, washed up or released; their wash-up stays the talent lead's to
 * read, not the assessors'.</li>
 * <li>Anybody else (a manager who does not assess, another talent, an administrator, an alumnus)
 * finds nothing: for them a centre does not exist (404).</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class AssessmentAccess {

	/** Whether the actor could have any part in centres: staff with a person. */
	public boolean staff(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	public boolean isLead(Actor actor) {
		return staff(actor) && actor.isTalentLead();
	}

	/** The actor's person id, or null for someone with no part at all. */
	public UUID me(Actor actor) {
		return staff(actor) ? actor.personId().value() : null;
	}

	public boolean isAssessor(Actor actor, AssessmentCentre centre) {
		return staff(actor) && centre.isAssessor(me(actor));
	}

	/** Its set-up (no ratings): the talent lead and its assessors. */
	public boolean mayReadCentre(Actor actor, AssessmentCentre centre) {
		return isLead(actor) || isAssessor(actor, centre);
	}

	public boolean maySetUp(Actor actor) {
		return isLead(actor);
	}

	public boolean mayEditSetup(Actor actor, AssessmentCentre centre) {
		return isLead(actor) && centre.status() == CentreStatus.SETUP;
	}

	public boolean mayOpenRatings(Actor actor, AssessmentCentre centre) {
		return mayEditSetup(actor, centre);
	}

	public boolean mayStartWashUp(Actor actor, AssessmentCentre centre) {
		return isLead(actor) && centre.status() == CentreStatus.RATING;
	}

	/** The own rating sheet of an assessor who observes the participant (not withdrawn). */
	public boolean mayReadSheet(Actor actor, AssessmentCentre centre, AssessmentParticipant participant) {
		return isAssessor(actor, centre) && !participant.withdrawn() && participant.observerIds().contains(me(actor));
	}

	/**
	 * An assessor who observes the participant, while the centre is open for ratings, unless the
	 * participant reports to them.
	 * @param managesParticipant whether the participant reports to the actor
	 */
	public boolean mayRate(Actor actor, AssessmentCentre centre, AssessmentParticipant participant,
			boolean managesParticipant) {
		return centre.status() == CentreStatus.RATING && mayReadSheet(actor, centre, participant)
				&& !managesParticipant;
	}

	/**
	 * Every assessor's ratings of a participant side by side: the talent lead always; an assessor
	 * of the centre from its wash-up on, except for their own reports and for a withdrawn
	 * participant (nobody washes them up any more).
	 * @param managesParticipant whether the participant reports to the actor
	 */
	public boolean mayReadWashUp(Actor actor, AssessmentCentre centre, AssessmentParticipant participant,
			boolean managesParticipant) {
		return isLead(actor) || (isAssessor(actor, centre) && centre.status() == CentreStatus.WASH_UP
				&& !participant.withdrawn() && !managesParticipant);
	}

	/** The talent lead chairs the wash-up: records the consensus and finalises it (not for the withdrawn). */
	public boolean mayChair(Actor actor, AssessmentCentre centre, AssessmentParticipant participant) {
		return isLead(actor) && centre.status() == CentreStatus.WASH_UP && participant.finalisedOn() == null
				&& !participant.withdrawn();
	}

	public boolean mayRelease(Actor actor, AssessmentCentre centre, AssessmentParticipant participant) {
		return isLead(actor) && participant.finalisedOn() != null && participant.releasedOn() == null
				&& !participant.withdrawn();
	}

	/** The report: the talent lead once finalised; the participant once released. */
	public boolean mayReadReport(Actor actor, AssessmentParticipant participant) {
		if (isLead(actor)) {
			return participant.finalisedOn() != null;
		}
		return staff(actor) && participant.personId().equals(me(actor)) && participant.releasedOn() != null;
	}

	public AssessmentCentre readable(Actor actor, AssessmentCentre centre) {
		if (!mayReadCentre(actor, centre)) {
			throw notFound();
		}
		return centre;
	}

	public void requireLead(Actor actor) {
		if (!isLead(actor)) {
			throw new PermissionDenied("toolbox.assessment.denied.lead", "The talent lead sets up assessment centres");
		}
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.assessment.notFound", "There is no such assessment centre");
	}

	public static NotFoundException participantNotFound() {
		return new NotFoundException("toolbox.assessment.participant.notFound",
				"There is no such participant in this centre");
	}

}
