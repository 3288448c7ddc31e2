package io.cocareer.toolbox.overview.internal;

import io.cocareer.alumni.ExitCompleted;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonHired;
import io.cocareer.people.PersonLeft;
import io.cocareer.people.PersonRehired;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourActivated;
import io.cocareer.tour.TourCompleted;
import io.cocareer.toolbox.overview.TrendKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the overview's read model from the other modules' events, each with the event's own day;
 * the event publication registry retries a reaction that failed. A fact is keyed by its subject,
 * so an event delivered twice counts once. An erased person's id leaves the facts; the counts stay.
 */
@Component
class TrendListener {

	private final TrendFacts facts;

	TrendListener(TrendFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(TourActivated event) {
		this.facts.record(TrendKind.TOUR_STARTED, "tour:" + event.tourId().value(), event.on(), 1);
	}

	@ApplicationModuleListener
	void on(TourCompleted event) {
		this.facts.record(TrendKind.TOUR_COMPLETED, "tour:" + event.tourId().value(), event.on(), 1);
	}

	@ApplicationModuleListener
	void on(PersonHired event) {
		this.facts.record(TrendKind.HIRE, person(event.personId(), event.hiredOn()), event.hiredOn(), 1);
	}

	@ApplicationModuleListener
	void on(PersonRehired event) {
		this.facts.record(TrendKind.REHIRE, person(event.personId(), event.rehiredOn()), event.rehiredOn(), 1);
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		this.facts.record(TrendKind.LEAVING, person(event.personId(), event.leftOn()), event.leftOn(), 1);
	}

	@ApplicationModuleListener
	void on(ExitCompleted event) {
		this.facts.record(TrendKind.EXIT_PROTOCOL, person(event.personId(), event.leftOn()), event.leftOn(), 1);
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.facts.forget(event.personId().value());
	}

	static String person(PersonId personId, java.time.LocalDate on) {
		return "person:" + personId.value() + ":" + on;
	}

}
