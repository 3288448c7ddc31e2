package io.cocareer.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.internal.ImportBatches;
import io.cocareer.people.internal.ImportLeases;
import io.cocareer.people.internal.ImportRunner;
import io.cocareer.people.internal.PeopleCsv;
import io.cocareer.people.internal.PeopleGuard;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.NotFoundException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * HR import: upload a file, see what it would do (or why it cannot be imported), then run it in
 * the background. The batch, its errors and its progress live in the database, so any instance
 * can show them; an import that fails changes nothing.
 */
@Service
@Transactional
public class PeopleImportService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PeopleImportService.class);

	private static final int HISTORY = 20;

	private final ImportBatches batches;

	private final ImportRunner runner;

	private final ImportLeases leases;

	private final PeopleGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// our own small pool (not a bean, so Boot's applicationTaskExecutor stays as it is): imports
	// are heavy, and one at a time per instance is plenty
	private final ThreadPoolTaskExecutor executor;

	PeopleImportService(ImportBatches batches, ImportRunner runner, ImportLeases leases, PeopleGuard guard,
			ApplicationEventPublisher events, Clock clock) {
		this.batches = batches;
		this.runner = runner;
		this.leases = leases;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setThreadNamePrefix("people-import-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(30);
		this.executor.initialize();
	}

	/** Reads and checks the whole file and keeps it as a batch: PREVIEW when valid, REJECTED otherwise. */
	public ImportBatchView upload(Actor actor, String fileName, String content) {
		this.guard.requireManagePeople(actor);
		PeopleCsv.Result result = PeopleCsv.read(content, this.batches.snapshot(), LocalDate.now(this.clock));
		UUID id = UUID.randomUUID();
		ImportStatus status = result.isValid() ? ImportStatus.PREVIEW : ImportStatus.REJECTED;
		String name = (fileName == null || fileName.isBlank()) ? "upload.csv" : fileName.strip();
		this.batches.insert(id, (name.length() > 255) ? name.substring(0, 255) : name, actor.username(),
				this.clock.instant(), status, result, content);
		this.events.publishEvent(AuditEvent.open("people.import.uploaded", "import_batch", id, AuditEvent.text(name),
				AuditEvent.text(result.totalRows()), AuditEvent.text(result.errors().size())));
		return get(actor, id);
	}

	@Transactional(readOnly = true)
	public ImportBatchView get(Actor actor, UUID id) {
		this.guard.requireManagePeople(actor);
		ImportBatchView batch = this.batches.find(id).orElseThrow(() -> notFound(id));
		boolean showRows = batch.status() == ImportStatus.PREVIEW || batch.status() == ImportStatus.REJECTED;
		String content = showRows ? this.batches.content(id).orElse("") : "";
		List<ImportPreviewRow> preview = showRows ? PeopleCsv.preview(content) : List.of();
		List<String> columns = showRows ? PeopleCsv.header(content) : List.of();
		return new ImportBatchView(batch.id(), batch.fileName(), batch.uploadedBy(), batch.uploadedAt(), batch.status(),
				batch.totalRows(), batch.processedRows(), batch.createdCount(), batch.updatedCount(),
				batch.unchangedCount(), batch.plannedCreated(), batch.plannedUpdated(), batch.plannedUnchanged(),
				batch.errorCount(), batch.failureReason(), batch.startedAt(),
				batch.finishedAt(), columns, preview, this.batches.errors(id));
	}

	/** Status and progress only: what the batch page polls every second. */
	@Transactional(readOnly = true)
	public ImportBatchView progress(Actor actor, UUID id) {
		this.guard.requireManagePeople(actor);
		return this.batches.find(id).orElseThrow(() -> notFound(id));
	}

	@Transactional(readOnly = true)
	public List<ImportBatchView> recent(Actor actor) {
		this.guard.requireManagePeople(actor);
		return this.batches.recent(HISTORY);
	}

	/**
	 * Starts a previewed import on a background thread, once the claim (to RUNNING, under a lease)
	 * is committed. Refused for a file with errors and for a batch that has already run; a batch
	 * that failed without row errors (it stopped, or hit an unexpected error) may run again.
	 */
	public void run(Actor actor, UUID id) {
		this.guard.requireManagePeople(actor);
		ImportBatchView batch = this.batches.find(id).orElseThrow(() -> notFound(id));
		String token = this.leases.newToken();
		if (!batch.canRun() || !this.batches.markRunning(id, token, this.clock.instant(), this.leases.until())) {
			throw new BusinessRuleViolation("people.import.notRunnable",
					"This import cannot run: it has errors or has already run", batch.status());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				start(id, token);
			}
		});
	}

	private void start(UUID id, String token) {
		// the heartbeat keeps the lease while the import waits for the executor and while it runs
		Runnable stopHeartbeat = this.leases.keep(id, token);
		try {
			this.executor.execute(new DelegatingSecurityContextRunnable(() -> execute(id, token, stopHeartbeat)));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the lease runs out and the next start marks the batch as failed
			stopHeartbeat.run();
			log.warn("Import {} could not start: the application is shutting down", id);
		}
	}

	private void execute(UUID id, String token, Runnable stopHeartbeat) {
		try {
			this.runner.run(id, token);
		}
		catch (ImportRunner.StaleImport ex) {
			this.batches.failed(id, token, "people.import.failed.stale", ex.errors(), this.clock.instant());
		}
		catch (ImportRunner.LeaseLost ex) {
			log.warn("{}: rolled back, the batch is someone else's now", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed and was rolled back", id, ex);
			this.batches.failed(id, token, "people.import.failed.error", List.of(), this.clock.instant());
		}
		finally {
			stopHeartbeat.run();
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("people.import.notFound", "Import %s not found".formatted(id), id);
	}

}
