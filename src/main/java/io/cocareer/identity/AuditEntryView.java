package io.cocareer.identity;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(UUID id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String details) {

}
