package io.cocareer.tour.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import io.cocareer.tour.TourTrackingService;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: check-ins due and tours ending (the service sends each reminder once). */
@Component
class TrackingReminderJob {

	private final TourTrackingService tracking;

	private final Clock clock;

	TrackingReminderJob(TourTrackingService tracking, Clock clock) {
		this.tracking = tracking;
		this.clock = clock;
	}

	@Scheduled(cron = "${cocareer.tour.reminders-cron:0 0 7 * * *}")
	@SchedulerLock(name = "tour-tracking-reminders", lockAtLeastFor = "PT1M")
	void remind() {
		this.tracking.remindDueCheckIns(LocalDate.now(this.clock));
	}

}
