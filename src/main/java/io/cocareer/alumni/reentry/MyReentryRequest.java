package io.cocareer.alumni.reentry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * A request as the alumnus reads it: what they asked and where it stands, and once decided the
 * decision alone; never the evaluation, its scores, its notes or the rationale.
 */
@PrivateData
public record MyReentryRequest(UUID id, ReentryOrigin origin, @Nullable String targetRole,
		@Nullable LocalDate availableFrom, @Nullable String employersSince, @Nullable String newSkills,
		@Nullable String whyReturn, ReentryStatus status, @Nullable ReentryDecision decision,
		@Nullable LocalDate decidedOn, Instant createdAt) {

}
