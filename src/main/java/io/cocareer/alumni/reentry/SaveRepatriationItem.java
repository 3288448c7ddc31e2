package io.cocareer.alumni.reentry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An item of a repatriation plan as the lead or the hiring manager edits it.
 * @param buddyId the buddy, for the buddy item
 * @param workPackageId the work package the first tour is proposed from, for the first tour item
 */
public record SaveRepatriationItem(@Nullable String note, @Nullable UUID ownerId, @Nullable LocalDate dueOn,
		@Nullable ItemProgress progress, @Nullable UUID buddyId, @Nullable UUID workPackageId) {

}
