package io.cocareer.tour.support;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.tour.Impact;

/**
 * A resource request or an obstacle as written in a form or a request.
 * @param what what is needed, or the obstacle's description
 * @param why why the resource is needed (requests only)
 * @param impact how much the obstacle holds the tour back (obstacles only)
 * @param ownerId the person who owns it, or {@code null} when given by employee id
 * @param ownerEmployeeId the owner by employee id; wins over {@code ownerId} when given
 * @param dueOn when it is needed by, or due
 * @param status the new status (on updates; {@code null} when creating)
 * @param statusNote why a request is declined, or how an obstacle was resolved
 */
public record WorkItemDraft(String what, String why, Impact impact, UUID ownerId, String ownerEmployeeId,
		LocalDate dueOn, WorkItemStatus status, String statusNote) {

}
