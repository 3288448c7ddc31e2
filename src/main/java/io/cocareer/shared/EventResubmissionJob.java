package io.cocareer.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes again, every few minutes, what a module's reaction to another's event still owes: a
 * publication in the event publication registry that failed, or that a crashed instance left
 * incomplete, once it is older than {@code cocareer.events.resubmit-older-than} (younger ones may
 * still be running). Without it they would wait for the next start. The listeners are idempotent,
 * as a resubmitted reaction may find its work done; the registry claims each publication before
 * it runs it again, and the run holds a scheduler lock, so of several instances one does the work.
 * <p>
 * Every publication still owed is read (the registry deletes completed ones, so they are few), and
 * the log names only the event's type and the publication's id: the event may name a person.
 */
@Component
public class EventResubmissionJob {

	private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);

	private final IncompleteEventPublications publications;

	private final Duration minimumAge;

	private final Clock clock;

	EventResubmissionJob(IncompleteEventPublications publications,
			@Value("${cocareer.events.resubmit-older-than:PT5M}") Duration minimumAge, Clock clock) {
		this.publications = publications;
		this.minimumAge = minimumAge;
		this.clock = clock;
	}

	// public for the tests, which run the job as the scheduler does
	@Scheduled(initialDelayString = "${cocareer.events.resubmit-interval:PT5M}",
			fixedDelayString = "${cocareer.events.resubmit-interval:PT5M}")
	@SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT10M")
	public void resubmitOutstanding() {
		Instant publishedBefore = this.clock.instant().minus(this.minimumAge);
		this.publications.resubmitIncompletePublications((publication) -> {
			if (publication.getPublicationDate().isAfter(publishedBefore)) {
				return false;
			}
			logResubmission(publication);
			return true;
		});
	}

	private static void logResubmission(EventPublication publication) {
		log.info("Resubmitting event publication {} of {} (published {}, completion attempts so far: {})",
				publication.getIdentifier(), publication.getEvent().getClass().getName(),
				publication.getPublicationDate(), publication.getCompletionAttempts());
	}

}
