package io.cocareer.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cocareer.people.internal.Person;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole organisation into an empty directory: the demo organisation and the synthetic
 * ones of up to 100,000 people for benchmarks. People's own code writes people's tables, in JDBC
 * batches, because going through {@link PeopleService} one person at a time would take minutes.
 * Trusted by design and checks no actor: its one caller is the demo module's generator, which
 * runs at start on an empty database only ({@link #isEmpty()}).
 */
@Service
public class OrganisationLoad {

	private final JdbcTemplate jdbc;

	public OrganisationLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the directory holds no one, the only state in which anything may be loaded. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		Long people = this.jdbc.queryForObject("select count(*) from person", Long.class);
		return people != null && people == 0;
	}

	/** Units, parents before children. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void units(List<LoadedUnit> units) {
		this.jdbc.batchUpdate("insert into org_unit (id, code, name, parent_id, version) values (?, ?, ?, ?, 0)",
				units.stream().map((u) -> new Object[] { u.id(), u.code(), u.name(), u.parentId() }).toList());
	}

	/**
	 * People with their employment period, managers before their reports (the manager foreign
	 * key holds at every row); someone who has left keeps no manager.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void people(List<LoadedPerson> people, Instant createdAt) {
		Timestamp created = Timestamp.from(createdAt);
		List<Object[]> rows = new ArrayList<>(people.size());
		List<Object[]> periods = new ArrayList<>(people.size());
		for (LoadedPerson p : people) {
			boolean left = p.leftOn() != null;
			rows.add(new Object[] { p.id(), p.employeeId(), p.email(), p.firstName(), p.lastName(), p.title(), p.unitId(),
					left ? null : p.managerId(), Date.valueOf(p.hireDate()),
					left ? PersonStatus.LEFT.name() : PersonStatus.ACTIVE.name(),
					Person.searchTextOf(p.firstName(), p.lastName(), p.email(), p.employeeId(), p.title()), created,
					created });
			periods.add(new Object[] { p.periodId(), p.id(), Date.valueOf(p.hireDate()), left ? Date.valueOf(p.leftOn()) : null,
					left ? p.leftBecause() : null });
		}
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbc.batchUpdate("""
					insert into person (id, employee_id, email, first_name, last_name, title, unit_id, manager_id,
					  hire_date, status, search_text, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
		this.jdbc.batchUpdate(
				"insert into employment_period (id, person_id, started_on, ended_on, end_reason) values (?, ?, ?, ?, ?)",
				periods);
	}

	/** A unit to load. */
	public record LoadedUnit(UUID id, String code, String name, UUID parentId) {

	}

	/**
	 * A person to load, with one employment period from the hire date; {@code leftOn} set for
	 * someone who has left ({@code leftBecause} saying why).
	 */
	public record LoadedPerson(UUID id, UUID periodId, String employeeId, String email, String firstName, String lastName,
			String title, UUID unitId, UUID managerId, LocalDate hireDate, LocalDate leftOn, String leftBecause) {

	}

}
