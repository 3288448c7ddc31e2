package io.cocareer.toolbox.assessment.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased: as a participant, every rating of them, the wash-up's consensus and
 * their report go (their row in each centre is deleted); as an assessor, they are no longer one
 * and observe nobody, and the ratings they gave stay, anonymised (no longer tied to them), so that
 * a wash-up still shows the evidence it was based on, from "a former colleague". After commit,
 * through the event publication registry; idempotent.
 */
@Component
class AssessmentPeopleLeave {

	private final AssessmentParticipants participants;

	private final AssessmentRatings ratings;

	AssessmentPeopleLeave(AssessmentParticipants participants, AssessmentRatings ratings) {
		this.participants = participants;
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		// bulk statements: idempotent, and no lost race with another erasure touching the same rows
		this.ratings.forgetAssessor(personId);
		this.participants.forgetObserver(personId);
		this.participants.forgetAssessor(personId);
		for (AssessmentParticipant participant : this.participants.findByPersonId(personId)) {
			this.ratings.deleteOfParticipant(participant.id());
			this.participants.delete(participant);
		}
	}

}
