package io.cocareer.toolbox.counselling.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: tells the owners of the counselling follow-ups due today or overdue that they are
 * (see {@link CounsellingFollowUpReminders}). Idempotent; one instance runs it (scheduler lock).
 */
@Component
public class CounsellingDailyJob {

	private static final Logger log = LoggerFactory.getLogger(CounsellingDailyJob.class);

	private final CounsellingFollowUpReminders reminders;

	private final Clock clock;

	CounsellingDailyJob(CounsellingFollowUpReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	// public for the tests, which run the round directly
	@Scheduled(cron = "${cocareer.toolbox.counselling.reminders-cron:0 0 7 * * *}")
	@SchedulerLock(name = "toolbox-counselling-reminders", lockAtLeastFor = "PT1M")
	public void run() {
		int due = this.reminders.remindDue(LocalDate.now(this.clock));
		if (due > 0) {
			log.info("Counselling: {} follow-ups due, each owner reminded once", due);
		}
	}

}
