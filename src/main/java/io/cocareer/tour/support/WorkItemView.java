package io.cocareer.tour.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.tour.Impact;

import org.jspecify.annotations.Nullable;

/**
 * A resource request or obstacle as the people of the tour see it.
 * @param overdue open and past its date
 * @param escalatedAt when it was escalated to the talent lead for being overdue, or {@code null}
 * @param mayEdit whether the reader may still change it (open, on a running tour)
 */
public record WorkItemView(UUID id, UUID tourId, WorkItemKind kind, String what, @Nullable String why,
		@Nullable Impact impact, @Nullable UUID ownerId, @Nullable String ownerName, @Nullable LocalDate dueOn,
		WorkItemStatus status, @Nullable String statusNote, boolean overdue, @Nullable Instant escalatedAt,
		String createdByName, Instant createdAt, @Nullable String updatedByName, @Nullable Instant updatedAt,
		long version, boolean mayEdit) {

}
