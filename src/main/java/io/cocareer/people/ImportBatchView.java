package io.cocareer.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An HR import batch: what the file would do (the planned created / updated / unchanged rows),
 * its errors, how far the import has got and what it wrote. The counts say what is committed
 * once the batch has run (nothing while it runs or after it failed: it runs in one
 * transaction); before that they say what the file would do. {@code errors} and
 * {@code previewRows} are empty in lists.
 */
public record ImportBatchView(UUID id, String fileName, String uploadedBy, Instant uploadedAt, ImportStatus status,
		int totalRows, int processedRows, int createdCount, int updatedCount, int unchangedCount, int plannedCreated,
		int plannedUpdated, int plannedUnchanged, int errorCount,
		String failureReason, Instant startedAt, Instant finishedAt, List<String> columns,
		List<ImportPreviewRow> previewRows, List<ImportRowError> errors) {

	public ImportBatchView {
		columns = List.copyOf(columns);
		previewRows = List.copyOf(previewRows);
		errors = List.copyOf(errors);
	}

	/**
	 * A valid, previewed file can be imported, once it has succeeded; an import that failed
	 * without row errors (it stopped, or hit an unexpected error) may run again.
	 */
	public boolean canRun() {
		return (this.status == ImportStatus.PREVIEW || this.status == ImportStatus.FAILED) && this.errorCount == 0;
	}

	public int percentDone() {
		if (this.status == ImportStatus.DONE) {
			return 100;
		}
		return (this.totalRows == 0) ? 0 : (int) Math.min(100, (100L * this.processedRows) / this.totalRows);
	}

}
