package io.cocareer.alumni.reentry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.RepatriationItemKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the demo alone: moves a request's and a plan's dates back to tell a story that started
 * months ago (the services date everything today), and marks a plan's item's progress as it
 * would have gone. Never used by the application itself.
 */
@Component
public class ReentryBackdating {

	private final JdbcClient jdbc;

	ReentryBackdating(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void requestDated(UUID requestId, Instant createdAt, LocalDate decidedOn) {
		this.jdbc.sql("update alumni_reentry_request set created_at = :createdAt, evaluated_at = :createdAt, "
				+ "decided_on = coalesce(:decidedOn, decided_on) where id = :id")
			.param("createdAt", java.sql.Timestamp.from(createdAt))
			.param("decidedOn", decidedOn)
			.param("id", requestId)
			.update();
	}

	public void planDated(UUID personId, Instant createdAt) {
		this.jdbc.sql("update alumni_repatriation_plan set created_at = :createdAt where person_id = :personId")
			.param("createdAt", java.sql.Timestamp.from(createdAt))
			.param("personId", personId)
			.update();
	}

	public void itemProgress(UUID personId, RepatriationItemKind kind, ItemProgress progress) {
		this.jdbc.sql("""
				update alumni_repatriation_item set progress = :progress
				where kind = :kind and plan_id = (select id from alumni_repatriation_plan where person_id = :personId)""")
			.param("progress", progress.name())
			.param("kind", kind.name())
			.param("personId", personId)
			.update();
	}

}
