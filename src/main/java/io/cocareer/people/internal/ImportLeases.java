package io.cocareer.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.shared.AuditEvent;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lease a running import holds on its batch. A heartbeat renews it while the import waits
 * and runs; when the process dies (kill -9, a crash, a lost machine) the heartbeat stops, the
 * lease runs out, and the next sweep (at start and then every minute, on any instance) marks the
 * batch FAILED: nothing of it was committed, and it may run again.
 */
@Component
public class ImportLeases implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);

	static final String INTERRUPTED = "people.import.failed.interrupted";

	private final ImportBatches batches;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration lease;

	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "people-import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ImportLeases(ImportBatches batches, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			@Value("${cocareer.people.import-lease:PT2M}") Duration lease) {
		this.batches = batches;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.lease = lease;
	}

	/** A new token for one run of a batch: only the run holding it may record progress and the result. */
	public String newToken() {
		return UUID.randomUUID().toString();
	}

	/** Until when a lease taken or renewed now holds. */
	public Instant until() {
		return this.clock.instant().plus(this.lease);
	}

	/**
	 * Renews the lease of this run every quarter of its length until the returned handle is run
	 * (when the run has ended, whichever way).
	 */
	public Runnable keep(UUID batchId, String token) {
		long period = Math.max(1000, this.lease.toMillis() / 4);
		ScheduledFuture<?> beat = this.heartbeats.scheduleWithFixedDelay(() -> {
			try {
				this.batches.renewLease(batchId, token, until());
			}
			catch (RuntimeException ex) {
				// the import's own commit may hold the row for a moment; the next beat tries again
				log.debug("Could not renew the lease of import {}", batchId, ex);
			}
		}, period, period, TimeUnit.MILLISECONDS);
		return () -> beat.cancel(false);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		sweep();
	}

	@Scheduled(initialDelayString = "${cocareer.people.import-lease-check:PT1M}",
			fixedDelayString = "${cocareer.people.import-lease-check:PT1M}")
	@SchedulerLock(name = "people-import-lease-sweep", lockAtMostFor = "PT10M")
	void everyMinute() {
		sweep();
	}

	/** Marks every running batch whose lease has run out as failed; answers how many. */
	public int sweep() {
		int failed = 0;
		for (UUID id : this.batches.expiredLeases(this.clock.instant())) {
			Boolean marked;
			try {
				marked = this.transactions.execute((status) -> {
					if (!this.batches.failExpired(id, INTERRUPTED, this.clock.instant())) {
						return false;
					}
					this.events.publishEvent(AuditEvent.open("people.import.interrupted", "import_batch", id));
					return true;
				});
			}
			catch (RuntimeException ex) {
				log.error("Import {} could not be marked as failed; the next sweep tries again", id, ex);
				continue;
			}
			if (Boolean.TRUE.equals(marked)) {
				log.warn("Import {} stopped before it finished (its lease ran out): marked as failed", id);
				failed++;
			}
		}
		return failed;
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
	}

}
