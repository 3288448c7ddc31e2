package io.cocareer.toolbox.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: reminds the assessors whose rating sheets are late and tells the talent leads how
 * many are missing (see {@link AssessmentReminders}). Idempotent; one instance runs it (scheduler
 * lock).
 */
@Component
public class AssessmentDailyJob {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDailyJob.class);

	private final AssessmentReminders reminders;

	private final Clock clock;

	AssessmentDailyJob(AssessmentReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	// public for the tests, which run the round directly
	@Scheduled(cron = "${cocareer.toolbox.assessment.reminders-cron:0 0 7 * * *}")
	@SchedulerLock(name = "toolbox-assessment-reminders", lockAtLeastFor = "PT1M")
	public void run() {
		int late = this.reminders.remindLate(LocalDate.now(this.clock));
		if (late > 0) {
			log.info("Assessment centres: rating sheets late with {} assessor(s), each reminded once per centre", late);
		}
	}

}
