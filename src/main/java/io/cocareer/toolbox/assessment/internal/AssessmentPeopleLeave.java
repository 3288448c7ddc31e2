package io.cocareer.toolbox.assessment.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What happens to assessment centres when a person leaves the organisation, and when they are
 * erased.
 * <p>
 * <b>An assessor who leaves</b> no longer observes anyone whose wash-up is not finalised, so that
 * their unfinished sheets stop counting as expected and nobody waits for them; they leave the
 * assessors of the centres still being set up or open for ratings (a centre in set-up whose
 * participant then has no observer asks the talent lead for another assessor before it opens).
 * The ratings they gave stay, with their name, as the evidence the wash-up weighs; from the wash-up
 * on, the list of assessors says who assessed, and they stay on it.
 * <p>
 * <b>A participant who leaves</b> before their report is released: from a centre still being set
 * up they are simply taken out (nothing of theirs was rated); from a centre past its set-up they
 * are withdrawn on the day they left: nobody rates them any more (no sheet of theirs is expected),
 * no consensus is recorded, nothing is released into a profile, and their assessors no longer open
 * their wash-up. What was rated and agreed stays for the talent lead until erasure, as the record
 * of the centre. A report already released stays theirs until erasure.
 * <p>
 * <b>When a person is erased</b>: as a participant, their rows go in every centre with every rating
 * of them, the wash-up's consensus and their report (the consensus levels already in their profile
 * go with the profile, in the talent module); as an assessor, they are no longer one and observe
 * nobody, and the ratings they gave stay without their id, so that a wash-up still shows the
 * evidence it was based on, from "a former colleague".
 * <p>
 * After commit, through the event publication registry; idempotent. Both listeners touch the same
 * rows and may run side by side, each in its own transaction: every change is one bulk statement,
 * which does nothing where the other got there first (deleting or saving a loaded entity would fail
 * its transaction on a row the other had deleted or changed).
 */
@Component
class AssessmentPeopleLeave {

	private final AssessmentCentres centres;

	private final AssessmentParticipants participants;

	private final AssessmentRatings ratings;

	AssessmentPeopleLeave(AssessmentCentres centres, AssessmentParticipants participants, AssessmentRatings ratings) {
		this.centres = centres;
		this.participants = participants;
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		this.participants.stopObservingUnfinalised(personId);
		this.centres.leaveBeforeWashUp(personId);
		this.participants.removeFromCentresInSetup(personId);
		this.participants.withdraw(personId, event.leftOn());
		this.participants.stopObservingWithdrawn(personId);
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.ratings.forgetAssessor(personId);
		this.participants.forgetObserver(personId);
		this.centres.forgetAssessor(personId);
		this.ratings.deleteAbout(personId);
		this.participants.deleteOf(personId);
	}

}
