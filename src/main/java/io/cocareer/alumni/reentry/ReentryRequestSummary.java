package io.cocareer.alumni.reentry;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/** A row of the evaluators' list of requests. */
@PrivateData
public record ReentryRequestSummary(UUID id, UUID personId, String personName, ReentryOrigin origin,
		@Nullable String targetRole, ReentryStatus status, @Nullable ReentryDecision decision,
		@Nullable String hiringManagerName, Instant createdAt) {

}
