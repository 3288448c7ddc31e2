package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A resource request or obstacle as the people of the tour see it.
 * @param overdue open and past its date
 * @param escalatedAt when it was escalated to the talent lead for being overdue, or {@code null}
 * @param mayEdit whether the reader may still change it (open, on a running tour)
 */
public record WorkItemView(UUID id, UUID tourId, WorkItemKind kind, String what, String why, Impact impact,
		UUID ownerId, String ownerName, LocalDate dueOn, WorkItemStatus status, String statusNote, boolean overdue,
		Instant escalatedAt, String createdByName, Instant createdAt, String updatedByName, Instant updatedAt,
		long version, boolean mayEdit) {

}
