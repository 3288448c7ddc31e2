package io.cocareer.tour.tracking.internal;

import io.cocareer.people.PersonErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What an erased person wrote while tracking tours goes: their side's note of every check-in (the
 * talent's on their own tours, the manager's where they wrote it), the wins they wrote and the
 * topics of the coaching they asked for. The check-ins stay, with their dates, progress and
 * status: the tours' history, naming them by the neutral label. After the erasure is committed,
 * through the event publication registry (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLeaveTheirNotes {

	private final JdbcClient jdbc;

	ErasedPeopleLeaveTheirNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.jdbc.sql("""
				update tour_check_in set talent_note = null, talent_noted_at = null
				where tour_id in (select id from tour where talent_id = :id)""")
			.param("id", event.personId().value())
			.update();
		this.jdbc.sql("""
				update tour_check_in set manager_note = null, manager_noted_at = null
				where manager_noted_by_person_id = :id""")
			.param("id", event.personId().value())
			.update();
		this.jdbc.sql("delete from tour_win where author_id = :id").param("id", event.personId().value()).update();
		this.jdbc.sql("update tour_coaching_session set topic = '' where requested_by = :id")
			.param("id", event.personId().value())
			.update();
	}

}
