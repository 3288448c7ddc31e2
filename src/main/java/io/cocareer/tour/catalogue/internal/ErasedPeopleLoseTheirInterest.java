package io.cocareer.tour.catalogue.internal;

import io.cocareer.people.PersonErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The interest an erased person expressed in work packages goes, with its note. Packages and
 * charter versions they wrote stay: they are the organisation's, naming them by the neutral
 * label. After the erasure is committed, through the event publication registry (retried if it
 * fails); idempotent.
 */
@Component
class ErasedPeopleLoseTheirInterest {

	private final JdbcClient jdbc;

	ErasedPeopleLoseTheirInterest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.jdbc.sql("delete from work_package_interest where person_id = :id").param("id", event.personId().value()).update();
	}

}
