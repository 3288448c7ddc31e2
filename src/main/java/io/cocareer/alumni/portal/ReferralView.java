package io.cocareer.alumni.portal;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * A referred candidate, as the alumnus who referred them and the talent lead see it.
 * @param postId the post they are referred for, if the alumnus chose one (and it still exists)
 * @param referredFor the role or post they are referred for
 * @param referrerName who referred them
 */
@PrivateData
public record ReferralView(UUID id, UUID referrerId, String referrerName, @Nullable UUID postId, String referredFor,
		String candidateName, String candidateEmail, String reason, ReferralStatus status, Instant createdAt,
		Instant statusChangedAt, long version) {

}
