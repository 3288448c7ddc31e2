/**
 * Resources and obstacles of a running tour: the resource requests and obstacles the talent, their
 * manager and the talent lead raise, hand over and close, with who is asked to act, and the daily
 * escalation of the overdue ones to their owner and the talent lead.
 * <p>
 * Owns the {@code tour_work_item} table. Pages at {@code /tours/{id}/work}, API at
 * {@code /api/v1/tours/{id}/work}.
 * <p>
 * Names who raised and changed an item by person id. An erased person's items stay as they are:
 * what was asked for and what blocked is the tour's work, not their own words about themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: resources and obstacles")
package io.cocareer.tour.support;
