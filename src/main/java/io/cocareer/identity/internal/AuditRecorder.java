package io.cocareer.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.shared.ActorHolder;
import io.cocareer.shared.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link AuditEvent} to the audit log. A plain (synchronous) listener on purpose:
 * the entry is written in the transaction of the change, so there is never a change without
 * its entry, nor an entry for a change that was rolled back.
 */
@Component
class AuditRecorder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AuditRecorder(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	@EventListener
	void on(AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, privacy, arguments)
				values (:id, :occurredAt, :actor, :action, :subjectType, :subjectId, :privacy, :arguments)""")
			.param("id", UUID.randomUUID())
			.param("occurredAt", Timestamp.from(this.clock.instant()))
			.param("actor", currentUsername())
			.param("action", truncate(event.action(), 80))
			.param("subjectType", truncate(event.subjectType(), 40))
			.param("subjectId", truncate(event.subjectId(), 80))
			.param("privacy", event.privacy().name())
			.param("arguments", AuditArguments.encode(this.json, event.arguments()))
			.update();
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
			return holder.actor().username();
		}
		return "system";
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
