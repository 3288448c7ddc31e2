/**
 * Resources and obstacles of a running tour: the resource requests and obstacles the talent, their
 * manager and the talent lead raise, hand over and close, with who is asked to act, and the daily
 * escalation of the overdue ones to their owner and the talent lead.
 * <p>
 * Owns the {@code tour_work_item} table. Pages at {@code /tours/{id}/work}, API at
 * {@code /api/v1/tours/{id}/work}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: resources and obstacles")
package io.cocareer.tour.support;
