package io.cocareer.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the audit log as its reader may read it.
 * @param actor the user name of who did it ({@code system} for the platform's own jobs)
 * @param actorName their name (the person's name when the account is a person's)
 * @param summary the entry as a sentence in the reader's language, saying no more than the reader may read
 */
public record AuditEntryView(UUID id, Instant occurredAt, String actor, String actorName, String action,
		String subjectType, String subjectId, String summary) {

}
