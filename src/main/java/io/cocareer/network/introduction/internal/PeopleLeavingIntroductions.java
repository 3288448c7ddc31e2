package io.cocareer.network.introduction.internal;

import java.time.Clock;
import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, the introductions they asked for and that were not made yet are withdrawn,
 * and those they still had to broker are declined, each with a note saying why. When a person is
 * erased, the introductions they asked for go; where they were the broker or the target, they stay
 * for the talent as a former colleague, without their id or the words they wrote. After the change
 * is committed, through the event publication registry; idempotent.
 */
@Component
class PeopleLeavingIntroductions {

	/** What an erased broker or target is called. */
	static final String ERASED = "Former colleague";

	private final Introductions introductions;

	private final Clock clock;

	PeopleLeavingIntroductions(Introductions introductions, Clock clock) {
		this.introductions = introductions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		this.introductions.findByTalentIdOrderByAskedAtDesc(personId).forEach((i) -> i.askerLeft(this.clock.instant()));
		this.introductions.findByBrokerIdOrderByAskedAtDesc(personId).forEach((i) -> i.brokerLeft(this.clock.instant()));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.introductions.deleteAskedBy(personId);
		this.introductions.findByBrokerIdOrderByAskedAtDesc(personId).forEach(Introduction::forgetBroker);
		this.introductions.findByTargetPersonId(personId).forEach((i) -> i.forgetTarget(ERASED));
	}

}
