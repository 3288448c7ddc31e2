package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A running tour that needs the talent lead's attention: its latest check-in says at risk or off
 * track, or a check-in is overdue.
 * @param status the latest check-in's status, {@code null} if there is none yet
 */
public record AtRiskTour(UUID tourId, String title, UUID talentId, String talentName, CheckInStatus status,
		LocalDate lastCheckInOn, boolean overdue, LocalDate nextDue) {

}
