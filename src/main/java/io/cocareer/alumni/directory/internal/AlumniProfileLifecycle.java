package io.cocareer.alumni.directory.internal;

import java.time.Clock;

import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.register.AlumniConsentWithdrawn;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonRehired;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An alumnus' profile over their life as one: made empty and unlisted when their exit completes
 * (in good standing), out of the other alumni's directory as soon as their consent is withdrawn or
 * they are hired again, deleted when they are erased. After the event is committed, through the
 * event publication registry (retried if it fails); idempotent.
 */
@Component
class AlumniProfileLifecycle {

	private final AlumniProfiles profiles;

	private final PeopleDirectory people;

	private final Clock clock;

	AlumniProfileLifecycle(AlumniProfiles profiles, PeopleDirectory people, Clock clock) {
		this.profiles = profiles;
		this.people = people;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ExitCompleted event) {
		if (!event.reasonKind().inGoodStanding() || this.profiles.existsById(event.personId().value())) {
			return;
		}
		this.people.find(event.personId())
			.filter((person) -> !person.erased())
			.ifPresent((person) -> this.profiles.save(new AlumniProfile(person.id(), person.firstName(),
					person.lastName(), event.consent() != null, this.clock.instant())));
	}

	@ApplicationModuleListener
	void on(AlumniConsentWithdrawn event) {
		this.profiles.findById(event.personId().value()).ifPresent((profile) -> profile.contactable(false));
	}

	@ApplicationModuleListener
	void on(PersonRehired event) {
		this.profiles.findById(event.personId().value()).ifPresent((profile) -> profile.contactable(false));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.profiles.findById(event.personId().value()).ifPresent(this.profiles::delete);
	}

}
