package io.cocareer.toolbox.counselling.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, their sessions not yet held are cancelled (as talent or as counsellor) and
 * they leave the list of counsellors. When a person is erased, their sessions as the talent are
 * deleted with their follow-ups; where they counselled, they are no longer named and the notes go
 * (the talent keeps the date, the topic and the follow-ups). After commit, through the event
 * publication registry; idempotent.
 */
@Component
class CounsellingPeopleLeave {

	private final CounsellingSessions sessions;

	private final Counsellors counsellors;

	CounsellingPeopleLeave(CounsellingSessions sessions, Counsellors counsellors) {
		this.sessions = sessions;
		this.counsellors = counsellors;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		this.sessions.findByTalentIdOrCounsellorId(personId, personId)
			.stream()
			.filter((s) -> s.status().open())
			.forEach((s) -> s.cancel(null, event.leftOn()));
		this.counsellors.deleteIfPresent(personId);
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.sessions.deleteAll(this.sessions.findByTalentId(personId));
		this.sessions.findByCounsellorId(personId).forEach(CounsellingSession::forgetCounsellor);
		this.counsellors.deleteIfPresent(personId);
	}

}
