package io.cocareer.tour.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the tours signed before their start date when that date comes: once at start-up (a
 * server that was down at midnight catches up) and every night just after midnight. Idempotent:
 * a tour already started is left alone, so running it twice, or on two instances at once (the
 * tour's version refuses the second move), starts each tour once. Each tour starts in its own
 * transaction: one that fails is logged and tried again on the next run, and the others start.
 * The nightly run holds a scheduler lock, so of several instances one does the work.
 */
@Component
public class TourStartJob {

	private static final Logger log = LoggerFactory.getLogger(TourStartJob.class);

	private final TourLifecycleService tours;

	private final Clock clock;

	TourStartJob(TourLifecycleService tours, Clock clock) {
		this.tours = tours;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStartUp() {
		startDueTours();
	}

	@Scheduled(cron = "${cocareer.tour.start-cron:0 5 0 * * *}")
	@SchedulerLock(name = "tour-start", lockAtLeastFor = "PT1M")
	void startDueTours() {
		int started = startDue(LocalDate.now(this.clock));
		if (started > 0) {
			log.info("Started {} signed tours whose start date has come", started);
		}
	}

	/** Starts every signed tour due on the day (public for the daily jobs' tests); @return how many this run started. */
	public int startDue(LocalDate today) {
		int started = 0;
		for (UUID id : this.tours.signedToursDue(today)) {
			try {
				if (this.tours.begin(id, today)) {
					started++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Tour {} was started meanwhile by another run", id);
			}
			catch (RuntimeException ex) {
				log.error("Tour {} could not be started; the next run tries again", id, ex);
			}
		}
		return started;
	}

}
