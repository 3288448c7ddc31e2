package io.cocareer.talent.profile.internal;

import io.cocareer.people.PersonErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's talent profile goes (aspirations, values, desired roles, competency levels)
 * with the notes written about them. Notes they wrote about others stay: they are part of those
 * people's records, and name their author by the neutral label now. After the erasure is
 * committed, through the event publication registry (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLoseTheirProfile {

	private final JdbcClient jdbc;

	ErasedPeopleLoseTheirProfile(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.jdbc.sql("delete from profile_note where person_id = :id").param("id", event.personId().value()).update();
		// values, desired roles and competency levels go with it (on delete cascade)
		this.jdbc.sql("delete from talent_profile where person_id = :id").param("id", event.personId().value()).update();
	}

}
