package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;

/**
 * A tour of duty began to run: both signed and its start date has come. Published in the
 * transaction that moved it, for other modules to react to (a listener of the event publication
 * registry is retried until it succeeds).
 * @param workPackageId the package the tour fills a seat of, or {@code null}
 * @param on the day it began
 */
public record TourActivated(TourId tourId, PersonId talentId, UUID workPackageId, LocalDate on) {

}
