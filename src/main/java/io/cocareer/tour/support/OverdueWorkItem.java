package io.cocareer.tour.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An open resource request or obstacle past its date, for the talent lead's overview. */
public record OverdueWorkItem(UUID itemId, UUID tourId, String tourTitle, UUID talentId, String talentName,
		WorkItemKind kind, String what, @Nullable UUID ownerId, @Nullable String ownerName, LocalDate dueOn,
		@Nullable Instant escalatedAt) {

}
