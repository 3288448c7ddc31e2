/**
 * A tour's lifecycle: the tours list, proposing a tour (usually from an open work package), its
 * overview page, changing its plan while it is shaped, the moves made by hand (starting the
 * mission conversation, starting the closing review, ending early) and the daily start of the
 * signed tours whose date has come. Every move is recorded and published by the parent's
 * {@link io.cocareer.tour.TourService#recordMove}; the 100 % rule is the parent's too.
 * <p>
 * Owns no table of its own: it writes the parent's tours. Pages at {@code /tours},
 * {@code /tours/new} and {@code /tours/{id}}, API at {@code /api/v1/tours}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: lifecycle")
package io.cocareer.tour.lifecycle;
