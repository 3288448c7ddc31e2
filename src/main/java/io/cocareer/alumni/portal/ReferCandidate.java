package io.cocareer.alumni.portal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A candidate an alumnus refers.
 * @param postId an opportunity or role of the portal they are referred for, or
 * @param referredFor the role in the alumnus' own words (when no post is chosen)
 * @param reason why the alumnus refers them
 */
public record ReferCandidate(@Nullable String candidateName, @Nullable String candidateEmail, @Nullable UUID postId,
		@Nullable String referredFor, @Nullable String reason) {

}
