package io.cocareer.tour.agreement.internal;

import io.cocareer.people.PersonErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The comments an erased person wrote on a mission go: they were their words in a conversation.
 * The mission's revisions stay (the mission is the tour's, and what an agreement carried), naming
 * their author by the neutral label; the agreement stays whole, signatures included: it is a legal
 * record. After the erasure is committed, through the event publication registry (retried if it
 * fails); idempotent.
 */
@Component
class ErasedPeopleLeaveTheMissionTalk {

	private final JdbcClient jdbc;

	ErasedPeopleLeaveTheMissionTalk(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.jdbc.sql("delete from tour_mission_comment where author_person_id = :id")
			.param("id", event.personId().value())
			.update();
	}

}
