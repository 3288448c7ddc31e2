package io.cocareer.tour.review.internal;

import io.cocareer.people.PersonErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The sides of closing reviews an erased person wrote lose their words: the talent's reflection
 * (results and what they gained), or the company's results and the note on the next step. The
 * review stays, with its next step and its dates: the tour ended as it did. After the erasure is
 * committed, through the event publication registry (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLeaveTheirReflection {

	private final JdbcClient jdbc;

	ErasedPeopleLeaveTheirReflection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.jdbc.sql("""
				update tour_closing_review set talent_results = null, gained_skills = null, gained_knowledge = null,
				  gained_network = null, gained_reputation = null
				where talent_by_person_id = :id""")
			.param("id", event.personId().value())
			.update();
		this.jdbc.sql("""
				update tour_closing_review set company_results = null, next_step_note = null
				where company_by_person_id = :id""")
			.param("id", event.personId().value())
			.update();
	}

}
