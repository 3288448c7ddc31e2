package io.cocareer.alumni.reentry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An item of a repatriation plan.
 * @param proposeTourLink for the first tour item: the tour module's page that proposes a tour of
 * the package for the boomerang
 */
public record RepatriationItemView(UUID id, RepatriationItemKind kind, @Nullable String note, @Nullable UUID ownerId,
		@Nullable String ownerName, @Nullable LocalDate dueOn, ItemProgress progress, boolean overdue,
		@Nullable UUID buddyId, @Nullable String buddyName, @Nullable UUID workPackageId,
		@Nullable String workPackageTitle, @Nullable UUID tourId, @Nullable String proposeTourLink, long version) {

}
