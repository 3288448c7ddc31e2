/**
 * The tracking of a running tour: check-ins on the tour's cadence with a note from each side,
 * coaching asked for by the talent and given by the manager or a coach they name, the check-ins
 * and coaching as a calendar, the wins the talent shares and the sponsor endorses, the talent
 * lead's tours at risk, and the daily reminders of check-ins due and tours ending.
 * <p>
 * Owns the {@code tour_check_in*}, {@code tour_coaching_session}, {@code tour_win} and
 * {@code tour_tracking_reminder} tables. Pages at {@code /tours/{id}/check-ins},
 * {@code /tours/{id}/wins}, {@code /tours/coaching} and {@code /tours/wins}, API below
 * {@code /api/v1/tours}.
 * <p>
 * Names who wrote by person id. When a person is erased ({@link io.cocareer.people.PersonErased})
 * their check-in notes (the talent's side of their tours, the manager's side they wrote), their
 * wins and the topics of the coaching they asked for go; the check-ins stay as the tours' history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: check-ins, coaching and wins")
package io.cocareer.tour.tracking;
