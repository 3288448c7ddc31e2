package io.cocareer.toolbox.workshop.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, their seats and places in line in workshops still to come go, and the line
 * moves up (those who move up are told); past workshops keep their attendance. When a person is
 * erased, every seat and every feedback of theirs goes, past workshops included (the figures
 * computed from them change with it); a workshop they facilitated is the talent lead's to run.
 * After commit, through the event publication registry; each workshop under its row lock;
 * idempotent.
 */
@Component
class WorkshopPeopleLeave {

	private final Workshops workshops;

	private final WorkshopNotices notices;

	private final Clock clock;

	WorkshopPeopleLeave(Workshops workshops, WorkshopNotices notices, Clock clock) {
		this.workshops = workshops;
		this.notices = notices;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		Instant now = this.clock.instant();
		for (UUID id : this.workshops.upcomingWithSeatOf(personId, now)) {
			this.workshops.lockById(id).ifPresent((w) -> this.notices.movedUp(w, w.remove(personId, now)));
		}
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		Instant now = this.clock.instant();
		List<UUID> seated = this.workshops.withSeatOf(personId).stream().map(Workshop::id).toList();
		for (UUID id : seated) {
			this.workshops.lockById(id).ifPresent((w) -> this.notices.movedUp(w, w.remove(personId, now)));
		}
		this.workshops.withFeedbackOf(personId).forEach((w) -> w.forgetFeedbackOf(personId));
		this.workshops.findByFacilitatorId(personId).forEach(Workshop::forgetFacilitator);
	}

}
