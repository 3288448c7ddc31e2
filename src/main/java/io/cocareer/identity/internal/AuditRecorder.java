package io.cocareer.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

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

	AuditRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, details)
				values (:id, :occurredAt, :actor, :action, :subjectType, :subjectId, :details)""")
			.param("id", UUID.randomUUID())
			.param("occurredAt", Timestamp.from(this.clock.instant()))
			.param("actor", currentUsername())
			.param("action", event.action())
			.param("subjectType", event.subjectType())
			.param("subjectId", event.subjectId())
			.param("details", truncate(event.details()))
			.update();
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
			return holder.actor().username();
		}
		return "system";
	}

	private static String truncate(String details) {
		return (details == null || details.length() <= 2000) ? details : details.substring(0, 1997) + "...";
	}

}
