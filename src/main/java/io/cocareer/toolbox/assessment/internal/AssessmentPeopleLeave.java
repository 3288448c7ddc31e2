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

	private final AssessmentCentres centres;

	private final AssessmentParticipants participants;

	private final AssessmentRatings ratings;

	AssessmentPeopleLeave(AssessmentCentres centres, AssessmentParticipants participants, AssessmentRatings ratings) {
		this.centres = centres;
		this.participants = participants;
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		for (AssessmentParticipant participant : this.participants.findByPersonId(personId)) {
			this.ratings.deleteAll(this.ratings.findByParticipantId(participant.id()));
			this.participants.delete(participant);
		}
		this.ratings.findByAssessorId(personId).forEach(Rating::forgetAssessor);
		this.participants.observedBy(personId).forEach((p) -> p.observedBy(personId, false));
		this.centres.assessedBy(personId).forEach((c) -> c.forgetAssessor(personId));
	}

}
