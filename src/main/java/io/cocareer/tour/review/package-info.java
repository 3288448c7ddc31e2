/**
 * The closing review of a tour: the talent's reflection, the company's view with the next step,
 * and completing it, which completes the tour and, for a good exit, publishes
 * {@link io.cocareer.tour.TourEndedInGoodExit}.
 * <p>
 * Owns the {@code tour_closing_review} table. Page at {@code /tours/{id}/closing-review}, API at
 * {@code /api/v1/tours/{id}/closing-review}.
 * <p>
 * Names who wrote each side by person id. When a person is erased
 * ({@link io.cocareer.people.PersonErased}) the texts of the sides they wrote go; the next step and
 * the dates stay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: closing review")
package io.cocareer.tour.review;
