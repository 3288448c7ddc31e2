package io.cocareer.toolbox.programme.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.toolbox.programme.ParticipantStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, they are withdrawn from the cohorts they are still in (their progress
 * stays, as for any withdrawal). When a person is erased, their participations go with their
 * progress: the cohorts keep their other participants. After commit, through the event publication
 * registry; idempotent.
 */
@Component
class ProgrammePeopleLeave {

	private final ProgrammeCohorts cohorts;

	ProgrammePeopleLeave(ProgrammeCohorts cohorts) {
		this.cohorts = cohorts;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		this.cohorts.withParticipant(personId)
			.forEach((c) -> c.participant(personId)
				.filter((p) -> p.status() == ParticipantStatus.ENROLLED)
				.ifPresent((p) -> p.withdraw(event.leftOn())));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.cohorts.withParticipant(personId).forEach((c) -> c.participant(personId).ifPresent(c::remove));
	}

}
