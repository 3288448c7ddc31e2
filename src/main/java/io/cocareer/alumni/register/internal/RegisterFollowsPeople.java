package io.cocareer.alumni.register.internal;

import java.time.Clock;

import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ReentryDecided;
import io.cocareer.alumni.ReturnRated;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.people.PersonRehired;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the register in step with the people it holds. The alumni modules' own events in the
 * publisher's transaction, so an exit is never completed without its alumnus; the people module's
 * after commit, through the event publication registry (retried if they fail), idempotent.
 */
@Component
class RegisterFollowsPeople {

	private final Alumni alumni;

	private final AlumniInteractions interactions;

	private final Clock clock;

	RegisterFollowsPeople(Alumni alumni, AlumniInteractions interactions, Clock clock) {
		this.alumni = alumni;
		this.interactions = interactions;
		this.clock = clock;
	}

	/** Someone left in good standing: an alumnus (again, for a boomerang). Dismissal for cause is not. */
	@EventListener
	void on(ExitCompleted event) {
		if (!event.reasonKind().inGoodStanding()) {
			return;
		}
		Alumnus alumnus = this.alumni.findById(event.personId().value()).orElse(null);
		if (alumnus == null) {
			alumnus = this.alumni.save(new Alumnus(event.personId().value(), event.leftOn(), event.reasonCode(),
					event.reasonKind(), event.eligibility(), event.interviewReasonCode(), this.clock.instant()));
		}
		else if (alumnus.rehiredOn() != null) {
			alumnus.leaveAgain(event.leftOn());
		}
		else {
			alumnus.leave(event.leftOn(), event.reasonCode(), event.reasonKind(), event.eligibility(),
					event.interviewReasonCode());
		}
		if (event.consent() != null) {
			alumnus.consent(event.consent());
		}
	}

	@ApplicationModuleListener
	void on(PersonRehired event) {
		this.alumni.findById(event.personId().value()).ifPresent((alumnus) -> alumnus.rehire(event.rehiredOn()));
	}

	/** A boomerang who leaves without an exit protocol still counts as leaving again. */
	@ApplicationModuleListener
	void on(PersonLeft event) {
		this.alumni.findById(event.personId().value()).ifPresent((alumnus) -> alumnus.leaveAgain(event.leftOn()));
	}

	@EventListener
	void on(ReentryDecided event) {
		if (event.priorRating() != null) {
			this.alumni.findById(event.personId().value()).ifPresent((alumnus) -> alumnus.ratePrior(event.priorRating()));
		}
	}

	@EventListener
	void on(ReturnRated event) {
		this.alumni.findById(event.personId().value()).ifPresent((alumnus) -> alumnus.rateReturn(event.rating()));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.alumni.findById(event.personId().value()).ifPresent((alumnus) -> alumnus.erase(this.clock.instant()));
		this.interactions.findByPersonIdOrderByOccurredOnDescIdDesc(event.personId().value())
			.forEach(AlumniInteraction::erase);
	}

}
