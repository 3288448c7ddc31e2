package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tour's check-ins with their schedule, and its coaching sessions.
 * @param running whether the tour takes check-ins (only an active tour does)
 * @param nextDue the next due date on the cadence, or {@code null} (not running, or none left)
 * @param overdue the next due date has passed without a check-in
 * @param upcoming the due dates from the next one to the end of the tour
 * @param mayCheckIn the reader may open a check-in (talent or manager of a running tour)
 * @param mayAskCoaching the reader is the talent of a running tour
 * @param mayScheduleCoaching the reader is the manager or the talent lead
 */
public record CheckInsView(UUID tourId, int cadenceDays, boolean running, @Nullable LocalDate nextDue, boolean overdue,
		List<LocalDate> upcoming, boolean mayCheckIn, boolean mayAskCoaching, boolean mayScheduleCoaching,
		List<CheckInView> checkIns, List<CoachingSessionView> sessions) {

}
