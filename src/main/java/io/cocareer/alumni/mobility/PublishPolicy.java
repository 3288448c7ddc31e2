package io.cocareer.alumni.mobility;

import org.jspecify.annotations.Nullable;

/**
 * A new version of the mobility policy as the talent lead writes it.
 * @param baseVersion the number of the version the edit started from (0 or null: there was none);
 * a newer version published in the meantime makes the edit stale
 */
public record PublishPolicy(@Nullable String title, @Nullable String body, @Nullable String whatChanged,
		@Nullable Integer baseVersion) {

}
