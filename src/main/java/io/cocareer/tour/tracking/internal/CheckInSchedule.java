package io.cocareer.tour.tracking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a tour's check-ins fall due: every {@code cadence} days from the start, up to the end. A
 * check-in counts for the due date nearest to it, so one held a little early or late still covers
 * that date: the next check-in is due on the first due date more than half a cadence after the
 * latest one. The tour is overdue when that date has passed.
 * @param nextDue the next due date, or {@code null} when no due date is left before the end
 * @param overdue whether {@code nextDue} lies before today
 * @param upcoming the due dates from {@code nextDue} to the end of the tour
 */
public record CheckInSchedule(LocalDate nextDue, boolean overdue, List<LocalDate> upcoming) {

	public static CheckInSchedule of(LocalDate startOn, LocalDate endOn, int cadenceDays,
			Collection<LocalDate> checkIns, LocalDate today) {
		LocalDate latest = checkIns.stream().max(LocalDate::compareTo).orElse(null);
		LocalDate coveredUntil = (latest != null) ? latest.plusDays(cadenceDays / 2) : null;
		List<LocalDate> upcoming = new ArrayList<>();
		for (LocalDate due = startOn.plusDays(cadenceDays); !due.isAfter(endOn); due = due.plusDays(cadenceDays)) {
			if (coveredUntil == null || due.isAfter(coveredUntil)) {
				upcoming.add(due);
			}
		}
		LocalDate next = upcoming.isEmpty() ? null : upcoming.get(0);
		return new CheckInSchedule(next, next != null && next.isBefore(today), List.copyOf(upcoming));
	}

	/** Whether a check-in is due on or before the day (due today or overdue). */
	public boolean dueBy(LocalDate day) {
		return this.nextDue != null && !this.nextDue.isAfter(day);
	}

}
