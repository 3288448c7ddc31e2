package io.cocareer.alumni.directory;

import io.cocareer.alumni.AlumniTier;

import org.jspecify.annotations.Nullable;

/**
 * How many alumni a tier holds, for the talent lead's page of the tier rules.
 * @param tier the tier, or {@code null} for all alumni
 * @param ruleKey the message key of the tier's rule in plain words ({@code null} for all alumni)
 * @param count how many, or {@code null} when it is hidden
 * @param fewerThanK whether a hidden count is below the smallest group shown (otherwise it is
 * hidden so that a small group cannot be worked out from the others)
 */
public record TierCount(@Nullable AlumniTier tier, @Nullable String ruleKey, @Nullable Long count,
		boolean fewerThanK) {

}
