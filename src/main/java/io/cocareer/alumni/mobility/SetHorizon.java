package io.cocareer.alumni.mobility;

import org.jspecify.annotations.Nullable;

/**
 * A talent's career horizon as they set it.
 * @param withinMonths for {@link HorizonKind#EXPLORING_OUTSIDE} only: 3, 6, 12 or 24
 * @param note their own words, for the talent lead (and their manager if shared)
 * @param sharedWithManager whether their manager sees it
 */
public record SetHorizon(@Nullable HorizonKind kind, @Nullable Integer withinMonths, @Nullable String note,
		boolean sharedWithManager) {

}
