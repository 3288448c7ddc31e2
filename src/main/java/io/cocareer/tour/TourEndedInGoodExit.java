package io.cocareer.tour;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;

/**
 * A tour's closing review ended in a good exit: the talent leaves on good terms, into the alumni
 * network. Published when the review is completed, for the alumni capability to pick up.
 * @param on the day the good exit was recorded
 */
public record TourEndedInGoodExit(TourId tourId, PersonId talentId, LocalDate on) {

}
