package io.cocareer.tour.tracking.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import io.cocareer.tour.tracking.CheckInService;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: check-ins due and tours ending (the service sends each reminder once). */
@Component
class TrackingReminderJob {

	private final CheckInService checkIns;

	private final Clock clock;

	TrackingReminderJob(CheckInService checkIns, Clock clock) {
		this.checkIns = checkIns;
		this.clock = clock;
	}

	@Scheduled(cron = "${cocareer.tour.reminders-cron:0 0 7 * * *}")
	@SchedulerLock(name = "tour-tracking-reminders", lockAtLeastFor = "PT1M")
	void remind() {
		this.checkIns.remindDueCheckIns(LocalDate.now(this.clock));
	}

}
