package io.cocareer.tour;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;

/**
 * A tour of duty was completed: its closing review is recorded and final. What comes next (a
 * renewal, a new tour, a good exit) is in the review; a good exit publishes
 * {@link TourEndedInGoodExit} as well.
 * @param on the day it was completed
 */
public record TourCompleted(TourId tourId, PersonId talentId, LocalDate on) {

}
