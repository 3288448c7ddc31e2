package io.cocareer.tour.support;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, escalates the resource requests and obstacles that went overdue (see {@link TourWorkService}). */
@Component
public class TourWorkEscalationJob {

	private static final Logger log = LoggerFactory.getLogger(TourWorkEscalationJob.class);

	private final TourWorkService work;

	private final Clock clock;

	TourWorkEscalationJob(TourWorkService work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	// public for the daily jobs' test, which runs every job of the tour module
	@Scheduled(cron = "${cocareer.tour.escalation-cron:0 0 7 * * *}")
	@SchedulerLock(name = "tour-work-escalation", lockAtLeastFor = "PT1M")
	public void escalateOverdue() {
		int escalated = this.work.escalateOverdue(LocalDate.now(this.clock));
		if (escalated > 0) {
			log.info("Escalated {} overdue resource requests and obstacles", escalated);
		}
	}

}
