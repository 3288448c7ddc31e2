package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.shared.TourId;

import org.jspecify.annotations.Nullable;

/**
 * A running tour that needs the talent lead's attention: its latest check-in says at risk or off
 * track, or a check-in is overdue.
 * @param status the latest check-in's status, {@code null} if there is none yet
 */
public record AtRiskTour(TourId tourId, String title, UUID talentId, String talentName, @Nullable CheckInStatus status,
		@Nullable LocalDate lastCheckInOn, boolean overdue, @Nullable LocalDate nextDue) {

}
