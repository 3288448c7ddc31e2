package io.cocareer.alumni.reentry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A fit rehired: from when, in which unit, under which manager, with which title. */
public record RehireBoomerang(@Nullable UUID requestId, @Nullable LocalDate on, @Nullable UUID unitId,
		@Nullable UUID managerId, @Nullable String title) {

}
