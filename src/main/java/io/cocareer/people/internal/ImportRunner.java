package io.cocareer.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.cocareer.people.ImportRowError;
import io.cocareer.people.PersonHired;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a previewed import in ONE transaction: all rows or none. The file is checked again
 * first, against the organisation as it is now. People are created or updated first, reporting
 * lines are set once everybody exists.
 */
@Component
public class ImportRunner {

	static final int PROGRESS_EVERY = 200;

	private final ImportBatches batches;

	private final ImportProgress progress;

	private final PersonRepository people;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final ImportLeases leases;

	private final Clock clock;

	ImportRunner(ImportBatches batches, ImportProgress progress, ImportLeases leases, PersonRepository people,
			EntityManager entityManager, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.batches = batches;
		this.progress = progress;
		this.leases = leases;
		this.people = people;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Thrown when the file no longer fits the organisation (someone changed people since the preview). */
	public static class StaleImport extends RuntimeException {

		private final List<ImportRowError> errors;

		StaleImport(List<ImportRowError> errors) {
			super("The file no longer fits the organisation");
			this.errors = List.copyOf(errors);
		}

		public List<ImportRowError> errors() {
			return this.errors;
		}

	}

	/** Thrown when the run lost its batch (its lease ran out and it was marked failed): it must roll back. */
	public static class LeaseLost extends RuntimeException {

		LeaseLost(UUID batchId) {
			super("Import %s lost its lease before it finished".formatted(batchId));
		}

	}

	/**
	 * Runs the batch if this run (its lease token) still holds it. The result is recorded in the
	 * same transaction as the rows, so the counts never claim a row that was not committed.
	 */
	@Transactional
	public void run(UUID batchId, String leaseToken) {
		if (!this.batches.holdsLease(batchId, leaseToken)) {
			throw new LeaseLost(batchId);
		}
		Instant now = this.clock.instant();
		String content = this.batches.content(batchId).orElseThrow();
		PeopleCsv.Result result = PeopleCsv.read(content, this.batches.snapshot(), LocalDate.now(this.clock));
		if (!result.isValid()) {
			throw new StaleImport(result.errors());
		}
		createUnits(result.newUnits());
		Map<String, UUID> unitIds = this.batches.unitIdsByCode();
		List<PeopleCsv.Row> rows = result.rows();
		List<PeopleCsv.Action> actions = result.actions();
		for (int from = 0; from < rows.size(); from += PROGRESS_EVERY) {
			int to = Math.min(rows.size(), from + PROGRESS_EVERY);
			writeChunk(rows.subList(from, to), actions.subList(from, to), unitIds, now);
			this.entityManager.flush();
			this.entityManager.clear();
			this.progress.record(batchId, leaseToken, to, this.leases.until());
		}
		setReportingLines(rows, actions, now);
		int created = result.count(PeopleCsv.Action.CREATE);
		int updated = result.count(PeopleCsv.Action.UPDATE);
		int unchanged = result.count(PeopleCsv.Action.UNCHANGED);
		if (!this.batches.done(batchId, leaseToken, rows.size(), created, updated, unchanged, this.clock.instant())) {
			throw new LeaseLost(batchId);
		}
		this.events.publishEvent(AuditEvent.open("people.imported", "import_batch", batchId, AuditEvent.text(created),
				AuditEvent.text(updated), AuditEvent.text(unchanged)));
	}

	private void createUnits(Map<String, String> newUnits) {
		newUnits.forEach((code, name) -> {
			OrgUnit unit = new OrgUnit(code, name, null);
			this.entityManager.persist(unit);
			this.events.publishEvent(AuditEvent.open("unit.created", "unit", unit.id(), AuditEvent.text(name),
					AuditEvent.text(code)));
		});
		this.entityManager.flush();
	}

	private void writeChunk(List<PeopleCsv.Row> rows, List<PeopleCsv.Action> actions, Map<String, UUID> unitIds,
			Instant now) {
		List<String> toUpdate = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (actions.get(i) == PeopleCsv.Action.UPDATE) {
				toUpdate.add(rows.get(i).employeeId());
			}
		}
		Map<String, Person> existing = new HashMap<>();
		if (!toUpdate.isEmpty()) {
			this.people.findByEmployeeIdIn(toUpdate).forEach((p) -> existing.put(p.employeeId(), p));
		}
		for (int i = 0; i < rows.size(); i++) {
			PeopleCsv.Row row = rows.get(i);
			UUID unitId = (row.unitCode() != null) ? unitIds.get(row.unitCode()) : null;
			if (actions.get(i) == PeopleCsv.Action.CREATE) {
				Person person = Person.hire(row.employeeId(), row.firstName(), row.lastName(), row.email(), row.title(),
						unitId, row.hireDate(), now);
				this.entityManager.persist(person);
				this.events.publishEvent(new PersonHired(PersonId.of(person.id()), row.hireDate()));
			}
			else if (actions.get(i) == PeopleCsv.Action.UPDATE) {
				existing.get(row.employeeId())
					.change(row.employeeId(), row.firstName(), row.lastName(), row.email(), row.title(), unitId,
							row.hireDate(), now);
			}
		}
	}

	/** One batched statement per 500 lines; the version moves so that open edit forms see the change. */
	private void setReportingLines(List<PeopleCsv.Row> rows, List<PeopleCsv.Action> actions, Instant now) {
		Map<String, UUID> ids = this.batches.personIdsByEmployeeId();
		List<Object[]> lines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (actions.get(i) == PeopleCsv.Action.UNCHANGED) {
				continue;
			}
			PeopleCsv.Row row = rows.get(i);
			UUID managerId = (row.managerEmployeeId() != null) ? ids.get(row.managerEmployeeId()) : null;
			lines.add(new Object[] { managerId, Timestamp.from(now), ids.get(row.employeeId()) });
		}
		for (int from = 0; from < lines.size(); from += 500) {
			this.jdbc.batchUpdate(
					"update person set manager_id = ?, updated_at = ?, version = version + 1 where id = ?",
					lines.subList(from, Math.min(lines.size(), from + 500)));
		}
	}

}
