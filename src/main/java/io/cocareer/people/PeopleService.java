package io.cocareer.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;

import io.cocareer.people.internal.OrgUnit;
import io.cocareer.people.internal.OrgUnitRepository;
import io.cocareer.people.internal.PeopleCsv;
import io.cocareer.people.internal.Person;
import io.cocareer.people.internal.PersonRepository;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API. Reads go through plain SQL with a fixed number of statements per
 * call (the directory must stay fast at 50,000 people); writes go through the aggregates.
 */
@Service
@Transactional
public class PeopleService {

	private static final String PERSON_COLUMNS = """
			p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, p.unit_id, u.name as unit_name,
			p.manager_id, m.first_name as manager_first, m.last_name as manager_last, p.hire_date, p.status, p.version
			from person p
			left join org_unit u on u.id = p.unit_id
			left join person m on m.id = p.manager_id
			""";

	private final PersonRepository people;

	private final OrgUnitRepository units;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleService(PersonRepository people, OrgUnitRepository units, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.people = people;
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The directory: search by name, email, employee id or title, optionally within a unit. */
	@Transactional(readOnly = true)
	public PageResult<PersonSummary> search(String query, UUID unitId, Paging paging) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		String q = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (!q.isEmpty()) {
			where.append(" and p.search_text like :pattern");
			params.put("pattern", "%" + escapeLike(q) + "%");
		}
		if (unitId != null) {
			where.append(" and p.unit_id = :unitId");
			params.put("unitId", unitId);
		}
		List<PersonSummary> rows = this.jdbc.sql("""
				select p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, u.name as unit_name, p.status
				from person p left join org_unit u on u.id = p.unit_id""" + where
				+ " order by p.last_name, p.first_name, p.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(PeopleService::summary)
			.list();
		// a first page that is not full already says how many match: no need to count them again
		long total = (paging.page() == 0 && rows.size() < paging.size()) ? rows.size()
				: this.jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	/**
	 * The people a form may pick (the person picker): those still with the organisation whose
	 * name, email, employee id or title contain every word typed, an exact employee id first.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> pickable(String query, int limit) {
		String q = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (q.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder(" where p.status <> 'LEFT'");
		Map<String, Object> params = new HashMap<>();
		String[] words = q.split("\\s+");
		for (int i = 0; i < Math.min(words.length, 5); i++) {
			where.append(" and p.search_text like :word").append(i);
			params.put("word" + i, "%" + escapeLike(words[i]) + "%");
		}
		return this.jdbc.sql("""
				select p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, u.name as unit_name, p.status
				from person p left join org_unit u on u.id = p.unit_id""" + where
				+ " order by case when lower(p.employee_id) = :exact then 0 else 1 end, p.last_name, p.first_name, p.id"
				+ " limit :limit")
			.params(params)
			.param("exact", q)
			.param("limit", limit)
			.query(PeopleService::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public PersonView get(UUID personId) {
		return find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> find(UUID personId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " where p.id = :id")
			.param("id", personId)
			.query(PeopleService::view)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findByEmployeeId(String employeeId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " where p.employee_id = :employeeId")
			.param("employeeId", employeeId)
			.query(PeopleService::view)
			.optional();
	}

	/** Summaries for many people in one statement, keyed by id (for lists in other modules). */
	@Transactional(readOnly = true)
	public Map<UUID, PersonSummary> summaries(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PersonSummary> result = new LinkedHashMap<>();
		List<UUID> ids = new ArrayList<>(new HashSet<>(personIds));
		// chunked, so an IN list never exceeds what a driver accepts
		for (int from = 0; from < ids.size(); from += 1000) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			this.jdbc.sql("""
					select p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, u.name as unit_name, p.status
					from person p left join org_unit u on u.id = p.unit_id where p.id in (:ids)""")
				.param("ids", chunk)
				.query(PeopleService::summary)
				.list()
				.forEach((summary) -> result.put(summary.id(), summary));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public List<PersonSummary> directReports(UUID managerId) {
		return this.jdbc.sql("""
				select p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, u.name as unit_name, p.status
				from person p left join org_unit u on u.id = p.unit_id
				where p.manager_id = :managerId order by p.last_name, p.first_name""")
			.param("managerId", managerId)
			.query(PeopleService::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public boolean isManagerOf(UUID managerId, UUID personId) {
		if (managerId == null || personId == null) {
			return false;
		}
		return this.jdbc.sql("select count(*) from person where id = :personId and manager_id = :managerId")
			.param("personId", personId)
			.param("managerId", managerId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public List<EmploymentPeriodView> employmentHistory(UUID personId) {
		return this.jdbc.sql("""
				select started_on, ended_on, end_reason from employment_period
				where person_id = :personId order by started_on""")
			.param("personId", personId)
			.query((rs, row) -> new EmploymentPeriodView(rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<UnitView> units() {
		return this.jdbc.sql("""
				select u.id, u.code, u.name, u.parent_id, pu.name as parent_name,
				  (select count(*) from person p where p.unit_id = u.id and p.status <> 'LEFT') as headcount
				from org_unit u left join org_unit pu on pu.id = u.parent_id order by u.name""")
			.query((rs, row) -> new UnitView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
					rs.getObject("parent_id", UUID.class), rs.getString("parent_name"), rs.getLong("headcount")))
			.list();
	}

	@Transactional(readOnly = true)
	public long headcount() {
		return this.jdbc.sql("select count(*) from person where status <> 'LEFT'").query(Long.class).single();
	}

	public UUID createUnit(String code, String name, UUID parentId) {
		String cleanCode = code.strip().toUpperCase(Locale.ROOT);
		if (this.units.findByCode(cleanCode).isPresent()) {
			throw new BusinessRuleViolation("people.rule.duplicateUnitCode", "Unit code %s is already used".formatted(cleanCode),
					cleanCode);
		}
		if (parentId != null && !this.units.existsById(parentId)) {
			throw new BusinessRuleViolation("people.rule.unknownUnit", "Parent unit does not exist");
		}
		OrgUnit unit = this.units.save(new OrgUnit(cleanCode, name.strip(), parentId));
		this.events.publishEvent(AuditEvent.open("unit.created", "unit", unit.id(), AuditEvent.text(name.strip()),
				AuditEvent.text(cleanCode)));
		return unit.id();
	}

	public UUID create(SavePerson command) {
		requireUniqueKeys(null, command);
		requireUnit(command.unitId());
		Person person = Person.hire(command.employeeId(), command.firstName(), command.lastName(), command.email(),
				command.title(), command.unitId(), command.hireDate(), now());
		if (command.managerId() != null) {
			requireManager(person.id(), command.managerId());
			person.reportTo(command.managerId());
		}
		this.people.save(person);
		this.events.publishEvent(AuditEvent.open("person.created", "person", person.id(),
				AuditEvent.person(person.id())));
		this.events.publishEvent(new PersonHired(person.id(), command.hireDate()));
		return person.id();
	}

	public void update(UUID personId, SavePerson command, long expectedVersion) {
		Person person = load(personId);
		if (person.version() != expectedVersion) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"Person %s was changed by someone else".formatted(personId));
		}
		requireUniqueKeys(personId, command);
		requireUnit(command.unitId());
		person.change(command.employeeId(), command.firstName(), command.lastName(), command.email(), command.title(),
				command.unitId(), command.hireDate(), now());
		if (command.managerId() != null) {
			requireManager(personId, command.managerId());
		}
		person.reportTo(command.managerId());
		this.events.publishEvent(AuditEvent.open("person.updated", "person", personId, AuditEvent.person(personId)));
	}

	public void recordLeaving(UUID personId, LocalDate on, String reason) {
		Person person = load(personId);
		person.leave(on, reason, now());
		// their reports now have no manager: HR assigns a new one
		this.jdbc.sql("update person set manager_id = null where manager_id = :id").param("id", personId).update();
		this.events.publishEvent(AuditEvent.open("person.left", "person", personId, AuditEvent.person(personId),
				AuditEvent.text(on)));
		this.events.publishEvent(new PersonLeft(personId, on));
	}

	public void rehire(UUID personId, LocalDate on, UUID unitId) {
		Person person = load(personId);
		requireUnit(unitId);
		person.rehire(on, unitId, now());
		this.events.publishEvent(AuditEvent.open("person.rehired", "person", personId, AuditEvent.person(personId),
				AuditEvent.text(on)));
		this.events.publishEvent(new PersonRehired(personId, on));
	}

	/** Only the talent lead and administrators change people and units, import and export. */
	public boolean canManagePeople(Actor actor) {
		return actor != null && (actor.has(Role.TALENT_LEAD) || actor.has(Role.ADMIN));
	}

	public void requireHr(Actor actor) {
		if (!canManagePeople(actor)) {
			throw new PermissionDenied("people.denied.manage", "Only the talent lead or an administrator may do this");
		}
	}

	/**
	 * Employment history is personal: the talent lead, administrators, the person and their
	 * direct manager see it; nobody else.
	 */
	@Transactional(readOnly = true)
	public boolean canSeeEmploymentHistory(Actor actor, UUID personId) {
		return canManagePeople(actor) || actor.isPerson(personId) || isManagerOf(actor.personId(), personId);
	}

	/** The employment history as this caller may see it: empty when they may not. */
	@Transactional(readOnly = true)
	public Optional<List<EmploymentPeriodView>> employmentHistory(Actor actor, UUID personId) {
		return canSeeEmploymentHistory(actor, personId) ? Optional.of(employmentHistory(personId)) : Optional.empty();
	}

	/** The person page: the person, their direct reports and, if allowed, the employment history. */
	@Transactional(readOnly = true)
	public PersonProfile profile(Actor actor, UUID personId) {
		PersonView person = get(personId);
		String managerEmployeeId = (person.managerId() != null)
				? find(person.managerId()).map(PersonView::employeeId).orElse(null) : null;
		return new PersonProfile(person, managerEmployeeId, directReports(personId),
				employmentHistory(actor, personId).orElse(null), canManagePeople(actor));
	}

	/** A person's id from their employee id, for forms that take the employee id of a manager. */
	@Transactional(readOnly = true)
	public Optional<UUID> personIdOf(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id from person where employee_id = :employeeId")
			.param("employeeId", employeeId.strip())
			.query(UUID.class)
			.optional();
	}

	public UUID create(Actor actor, SavePerson command) {
		requireHr(actor);
		return create(command);
	}

	public void update(Actor actor, UUID personId, SavePerson command, long expectedVersion) {
		requireHr(actor);
		update(personId, command, expectedVersion);
	}

	public void recordLeaving(Actor actor, UUID personId, LocalDate on, String reason) {
		requireHr(actor);
		recordLeaving(personId, on, reason);
	}

	public void rehire(Actor actor, UUID personId, LocalDate on, UUID unitId) {
		requireHr(actor);
		rehire(personId, on, unitId);
	}

	public UUID createUnit(Actor actor, String code, String name, UUID parentId) {
		requireHr(actor);
		return createUnit(code, name, parentId);
	}

	/**
	 * Writes everybody as CSV in the import's columns (so an export can be imported again),
	 * streamed row by row: the file is never held in memory.
	 */
	@Transactional(readOnly = true)
	public void exportCsv(Actor actor, Writer out) {
		requireHr(actor);
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(PeopleCsv.EXPORT_COLUMNS);
		this.jdbc.sql("""
				select p.employee_id, p.first_name, p.last_name, p.email, p.title, u.code as unit_code,
				  m.employee_id as manager_employee_id, p.hire_date, u.name as unit_name
				from person p
				left join org_unit u on u.id = p.unit_id
				left join person m on m.id = p.manager_id
				order by p.employee_id""")
			.withFetchSize(500)
			.query((ResultSet rs) -> {
				LocalDate hired = rs.getObject("hire_date", LocalDate.class);
				csv.writeRecord(cell(rs.getString("employee_id")), cell(rs.getString("first_name")),
						cell(rs.getString("last_name")), cell(rs.getString("email")), cell(rs.getString("title")),
						cell(rs.getString("unit_code")), cell(rs.getString("manager_employee_id")),
						(hired != null) ? hired.toString() : "", cell(rs.getString("unit_name")));
			});
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell of the export: never null, and never read as a formula by a spreadsheet. */
	private static String cell(String value) {
		return (value != null) ? PeopleCsv.exportCell(value) : "";
	}

	private Person load(UUID personId) {
		return this.people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
	}

	private void requireUniqueKeys(UUID personId, SavePerson command) {
		this.people.findByEmployeeId(command.employeeId().strip())
			.filter((other) -> !other.id().equals(personId))
			.ifPresent((other) -> {
				throw new BusinessRuleViolation("people.rule.duplicateEmployeeId",
						"Employee id %s is already used".formatted(command.employeeId()), command.employeeId());
			});
		this.people.findByEmail(Person.normaliseEmail(command.email()))
			.filter((other) -> !other.id().equals(personId))
			.ifPresent((other) -> {
				throw new BusinessRuleViolation("people.rule.duplicateEmail",
						"Email %s is already used".formatted(command.email()), command.email());
			});
	}

	private void requireUnit(UUID unitId) {
		if (unitId != null && !this.units.existsById(unitId)) {
			throw new BusinessRuleViolation("people.rule.unknownUnit", "Unit does not exist");
		}
	}

	/** The manager must exist and must not report, directly or not, to the person: no cycles. */
	private void requireManager(UUID personId, UUID managerId) {
		Set<UUID> seen = new HashSet<>();
		UUID current = managerId;
		while (current != null) {
			if (current.equals(personId)) {
				throw new BusinessRuleViolation("people.rule.managerCycle",
						"This manager reports (directly or not) to the person: reporting lines would form a cycle");
			}
			if (!seen.add(current)) {
				break;
			}
			UUID id = current;
			current = this.people.findById(id)
				.orElseThrow(() -> new BusinessRuleViolation("people.rule.unknownManager", "Manager does not exist"))
				.managerId();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getObject("id", UUID.class), rs.getString("employee_id"),
				rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("email"), rs.getString("title"),
				rs.getString("unit_name"), PersonStatus.valueOf(rs.getString("status")));
	}

	private static PersonView view(ResultSet rs, int row) throws SQLException {
		String managerFirst = rs.getString("manager_first");
		String managerName = (managerFirst != null) ? managerFirst + " " + rs.getString("manager_last") : null;
		return new PersonView(rs.getObject("id", UUID.class), rs.getString("employee_id"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), rs.getString("title"), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), rs.getObject("manager_id", UUID.class), managerName,
				rs.getObject("hire_date", LocalDate.class), PersonStatus.valueOf(rs.getString("status")),
				rs.getLong("version"));
	}

}
