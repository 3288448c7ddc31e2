package io.cocareer.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.ImportBatchView;
import io.cocareer.people.ImportRowError;
import io.cocareer.people.ImportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import batches and their row errors, in plain SQL: a batch is a record of work (its status and
 * progress are updated from a background thread), not an aggregate with rules.
 */
@Repository
public class ImportBatches {

	/** Enough to fix a file; the total is kept in {@code error_count}. */
	public static final int MAX_STORED_ERRORS = 1000;

	private static final String COLUMNS = """
			id, file_name, uploaded_by, uploaded_at, status, total_rows, processed_rows, created_count,
			updated_count, unchanged_count, error_count, failure_reason, started_at, finished_at, planned_created,
			planned_updated, planned_unchanged""";

	private final JdbcClient jdbc;

	public ImportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String fileName, String uploadedBy, Instant uploadedAt, ImportStatus status,
			PeopleCsv.Result result, String content) {
		this.jdbc.sql("""
				insert into import_batch (id, file_name, uploaded_by, uploaded_at, status, total_rows, processed_rows,
				  created_count, updated_count, unchanged_count, planned_created, planned_updated, planned_unchanged,
				  error_count, csv_content)
				values (:id, :fileName, :uploadedBy, :uploadedAt, :status, :total, 0, :created, :updated, :unchanged,
				  :created, :updated, :unchanged, :errorCount, :content)""")
			.param("id", id)
			.param("fileName", fileName)
			.param("uploadedBy", uploadedBy)
			.param("uploadedAt", Timestamp.from(uploadedAt))
			.param("status", status.name())
			.param("total", result.totalRows())
			.param("created", result.count(PeopleCsv.Action.CREATE))
			.param("updated", result.count(PeopleCsv.Action.UPDATE))
			.param("unchanged", result.count(PeopleCsv.Action.UNCHANGED))
			.param("errorCount", result.errors().size())
			.param("content", content)
			.update();
		insertErrors(id, result.errors());
	}

	public void insertErrors(UUID id, List<ImportRowError> errors) {
		int seq = 0;
		for (ImportRowError error : errors) {
			if (seq == MAX_STORED_ERRORS) {
				break;
			}
			this.jdbc.sql("""
					insert into import_row_error (batch_id, seq_no, row_no, column_name, code, cell_value)
					values (:id, :seq, :row, :column, :code, :value)""")
				.param("id", id)
				.param("seq", seq++)
				.param("row", error.row())
				.param("column", error.column())
				.param("code", error.code())
				.param("value", error.value())
				.update();
		}
	}

	public Optional<ImportBatchView> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from import_batch where id = :id")
			.param("id", id)
			.query(ImportBatches::view)
			.optional();
	}

	public List<ImportBatchView> recent(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from import_batch order by uploaded_at desc, id limit :limit")
			.param("limit", limit)
			.query(ImportBatches::view)
			.list();
	}

	public List<ImportRowError> errors(UUID id) {
		return this.jdbc.sql("""
				select row_no, column_name, code, cell_value from import_row_error where batch_id = :id order by seq_no""")
			.param("id", id)
			.query((rs, row) -> new ImportRowError(rs.getInt("row_no"), rs.getString("column_name"), rs.getString("code"),
					rs.getString("cell_value")))
			.list();
	}

	public Optional<String> content(UUID id) {
		return this.jdbc.sql("select csv_content from import_batch where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Claims a batch for running under a lease: a previewed batch, or one that failed without row
	 * errors (run again). False when it is not (or no longer) runnable. Nothing is committed yet,
	 * so the counts start at zero.
	 */
	public boolean markRunning(UUID id, String leaseToken, Instant now, Instant leaseUntil) {
		return this.jdbc.sql("""
				update import_batch set status = 'RUNNING', started_at = :now, finished_at = null, failure_reason = null,
				  processed_rows = 0, created_count = 0, updated_count = 0, unchanged_count = 0,
				  lease_token = :token, lease_until = :leaseUntil
				where id = :id and status in ('PREVIEW', 'FAILED') and error_count = 0""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("token", leaseToken)
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.update() == 1;
	}

	/** Whether the run with this token still holds the batch (it is running and its lease was not taken). */
	public boolean holdsLease(UUID id, String leaseToken) {
		return this.jdbc.sql("select count(*) from import_batch where id = :id and status = 'RUNNING' and lease_token = :token")
			.param("id", id)
			.param("token", leaseToken)
			.query(Long.class)
			.single() == 1;
	}

	/** The heartbeat of a running import: keeps its lease; false when the lease is gone. */
	public boolean renewLease(UUID id, String leaseToken, Instant leaseUntil) {
		return this.jdbc.sql("""
				update import_batch set lease_until = :leaseUntil
				where id = :id and status = 'RUNNING' and lease_token = :token""")
			.param("id", id)
			.param("token", leaseToken)
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.update() == 1;
	}

	/** How far the run has got (rows written in its still open transaction); renews the lease too. */
	public void progress(UUID id, String leaseToken, int processedRows, Instant leaseUntil) {
		this.jdbc.sql("""
				update import_batch set processed_rows = :processed, lease_until = :leaseUntil
				where id = :id and status = 'RUNNING' and lease_token = :token""")
			.param("id", id)
			.param("token", leaseToken)
			.param("processed", processedRows)
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.update();
	}

	/**
	 * Records the result in the import's own transaction, so it is committed with the rows it
	 * counts. False when the run lost its lease (marked failed meanwhile): it must then roll back.
	 */
	public boolean done(UUID id, String leaseToken, int processed, int created, int updated, int unchanged,
			Instant now) {
		return this.jdbc.sql("""
				update import_batch set status = 'DONE', processed_rows = :processed, created_count = :created,
				  updated_count = :updated, unchanged_count = :unchanged, finished_at = :now, lease_token = null,
				  lease_until = null
				where id = :id and status = 'RUNNING' and lease_token = :token""")
			.param("id", id)
			.param("token", leaseToken)
			.param("processed", processed)
			.param("created", created)
			.param("updated", updated)
			.param("unchanged", unchanged)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The run failed and was rolled back: nothing is committed, so nothing is counted. A run that
	 * no longer holds the batch changes nothing (someone else owns it now).
	 */
	// one transaction: a reader never sees the batch failed without the errors that say why
	@Transactional
	public void failed(UUID id, String leaseToken, String reason, List<ImportRowError> errors, Instant now) {
		int changed = this.jdbc.sql("""
				update import_batch set status = 'FAILED', failure_reason = :reason, error_count = :errorCount,
				  processed_rows = 0, created_count = 0, updated_count = 0, unchanged_count = 0, finished_at = :now,
				  lease_token = null, lease_until = null
				where id = :id and status = 'RUNNING' and lease_token = :token""")
			.param("id", id)
			.param("token", leaseToken)
			.param("reason", (reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason)
			.param("errorCount", errors.size())
			.param("now", Timestamp.from(now))
			.update();
		if (changed == 1) {
			this.jdbc.sql("delete from import_row_error where batch_id = :id").param("id", id).update();
			insertErrors(id, errors);
		}
	}

	/** Running batches whose lease has run out: their process died (or lost the database). */
	public List<UUID> expiredLeases(Instant now) {
		return this.jdbc.sql("""
				select id from import_batch where status = 'RUNNING' and (lease_until is null or lease_until < :now)""")
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/** Marks a running batch whose lease ran out as failed (nothing of it was committed); false if it came back. */
	public boolean failExpired(UUID id, String reason, Instant now) {
		return this.jdbc.sql("""
				update import_batch set status = 'FAILED', failure_reason = :reason, processed_rows = 0,
				  created_count = 0, updated_count = 0, unchanged_count = 0, finished_at = :now, lease_token = null,
				  lease_until = null
				where id = :id and status = 'RUNNING' and (lease_until is null or lease_until < :now)""")
			.param("id", id)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The organisation in the terms of the file: one statement for people, one for units. */
	public PeopleCsv.Snapshot snapshot() {
		Map<String, PeopleCsv.Existing> people = new HashMap<>();
		this.jdbc.sql("""
				select p.employee_id, p.email, p.first_name, p.last_name, p.title, u.code as unit_code,
				  m.employee_id as manager_employee_id, p.hire_date
				from person p
				left join org_unit u on u.id = p.unit_id
				left join person m on m.id = p.manager_id""")
			.withFetchSize(1000)
			.query((ResultSet rs) -> {
				people.put(rs.getString("employee_id"),
						new PeopleCsv.Existing(rs.getString("employee_id"), rs.getString("email"),
								rs.getString("first_name"), rs.getString("last_name"), rs.getString("title"),
								rs.getString("unit_code"), rs.getString("manager_employee_id"),
								rs.getObject("hire_date", LocalDate.class)));
			});
		Set<String> units = new HashSet<>(this.jdbc.sql("select code from org_unit").query(String.class).list());
		return new PeopleCsv.Snapshot(people, units);
	}

	/** Person ids by employee id (for the reporting lines, set once everybody exists). */
	public Map<String, UUID> personIdsByEmployeeId() {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql("select id, employee_id from person")
			.withFetchSize(1000)
			.query((ResultSet rs) -> {
				ids.put(rs.getString("employee_id"), rs.getObject("id", UUID.class));
			});
		return ids;
	}

	public Map<String, UUID> unitIdsByCode() {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql("select id, code from org_unit").query((ResultSet rs) -> {
			ids.put(rs.getString("code"), rs.getObject("id", UUID.class));
		});
		return ids;
	}

	private static ImportBatchView view(ResultSet rs, int row) throws SQLException {
		return new ImportBatchView(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("uploaded_by"),
				instant(rs, "uploaded_at"), ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("updated_count"),
				rs.getInt("unchanged_count"), rs.getInt("planned_created"), rs.getInt("planned_updated"),
				rs.getInt("planned_unchanged"), rs.getInt("error_count"), rs.getString("failure_reason"),
				instant(rs, "started_at"), instant(rs, "finished_at"), List.of(), List.of(), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
