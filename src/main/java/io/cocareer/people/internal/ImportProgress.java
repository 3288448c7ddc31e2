package io.cocareer.people.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes how far an import has got in a transaction of its own, so the batch page (served by
 * any instance) sees it while the import's own transaction is still open. Renews the run's lease.
 */
@Component
class ImportProgress {

	private final ImportBatches batches;

	ImportProgress(ImportBatches batches) {
		this.batches = batches;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(UUID batchId, String leaseToken, int processedRows, Instant leaseUntil) {
		this.batches.progress(batchId, leaseToken, processedRows, leaseUntil);
	}

}
