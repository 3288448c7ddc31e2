package io.cocareer.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An HR import batch: what the file would do (created / updated / unchanged rows), its errors,
 * and how far the import has got. {@code errors} and {@code previewRows} are empty in lists.
 */
public record ImportBatchView(UUID id, String fileName, String uploadedBy, Instant uploadedAt, ImportStatus status,
		int totalRows, int processedRows, int createdCount, int updatedCount, int unchangedCount, int errorCount,
		String failureReason, Instant startedAt, Instant finishedAt, List<String> columns,
		List<ImportPreviewRow> previewRows, List<ImportRowError> errors) {

	public ImportBatchView {
		columns = List.copyOf(columns);
		previewRows = List.copyOf(previewRows);
		errors = List.copyOf(errors);
	}

	/** Only a valid, previewed file can be imported, and only once. */
	public boolean canRun() {
		return this.status == ImportStatus.PREVIEW && this.errorCount == 0;
	}

	public int percentDone() {
		if (this.status == ImportStatus.DONE) {
			return 100;
		}
		return (this.totalRows == 0) ? 0 : (int) Math.min(100, (100L * this.processedRows) / this.totalRows);
	}

}
