package io.cocareer.people;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import io.cocareer.people.internal.PeopleGuard;
import io.cocareer.people.internal.Person;
import io.cocareer.people.internal.PersonRepository;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API for a caller: every method is told who asks and asks
 * {@link PeopleGuard} whether they may. Writes go through the aggregates; what other modules read
 * without a caller (names, reporting lines, units) is {@link PeopleDirectory}.
 */
@Service
@Transactional
public class PeopleService {

	private final PersonRepository people;

	private final OrgUnitRepository units;

	private final PeopleDirectory directory;

	private final PeopleGuard guard;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleService(PersonRepository people, OrgUnitRepository units, PeopleDirectory directory, PeopleGuard guard,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.units = units;
		this.directory = directory;
		this.guard = guard;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The directory page and API: as {@link PeopleDirectory#search}, for staff. */
	@Transactional(readOnly = true)
	public PageResult<PersonSummary> search(Actor actor, String query, UUID unitId, Paging paging) {
		this.guard.requireDirectory(actor);
		return this.directory.search(query, unitId, paging);
	}

	/** The units, for the people pages' lists and choices: as {@link PeopleDirectory#units()}, for staff. */
	@Transactional(readOnly = true)
	public List<UnitView> units(Actor actor) {
		this.guard.requireDirectory(actor);
		return this.directory.units();
	}

	/**
	 * The people a form may pick (the person picker): those still with the organisation whose
	 * name, email, employee id or title contain every word typed, an exact employee id first.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> pickable(Actor actor, String query, int limit) {
		this.guard.requireDirectory(actor);
		return this.directory.pickable(query, limit);
	}

	public UUID createUnit(Actor actor, String code, String name, UUID parentId) {
		this.guard.requireManagePeople(actor);
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

	public UUID create(Actor actor, SavePerson command) {
		this.guard.requireManagePeople(actor);
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
				AuditEvent.person(PersonId.of(person.id()))));
		this.events.publishEvent(new PersonHired(PersonId.of(person.id()), command.hireDate()));
		return person.id();
	}

	public void update(Actor actor, UUID personId, SavePerson command, long expectedVersion) {
		this.guard.requireManagePeople(actor);
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
		this.events.publishEvent(AuditEvent.open("person.updated", "person", personId, AuditEvent.person(PersonId.of(personId))));
	}

	/** As {@link #recordLeaving(Actor, UUID, LocalDate, String)}, with the typed id other modules pass (the exit protocol). */
	public void recordLeaving(Actor actor, PersonId personId, LocalDate on, String reason) {
		recordLeaving(actor, personId.value(), on, reason);
	}

	public void recordLeaving(Actor actor, UUID personId, LocalDate on, String reason) {
		this.guard.requireManagePeople(actor);
		Person person = load(personId);
		person.leave(on, reason, now());
		// their reports now have no manager: HR assigns a new one
		this.jdbc.sql("update person set manager_id = null where manager_id = :id").param("id", personId).update();
		this.events.publishEvent(AuditEvent.open("person.left", "person", personId, AuditEvent.person(PersonId.of(personId)),
				AuditEvent.text(on)));
		this.events.publishEvent(new PersonLeft(PersonId.of(personId), on));
	}

	/**
	 * As {@link #rehire(Actor, UUID, LocalDate, UUID)}, for other modules (the alumni's re-entry
	 * rehires a boomerang): refused for someone still employed ({@code people.rule.notLeft}).
	 */
	public void rehire(Actor actor, PersonId personId, LocalDate on, UUID unitId) {
		rehire(actor, personId.value(), on, unitId);
	}

	/** As {@link #update(Actor, UUID, SavePerson, long)}, for other modules (a rehire sets the manager and title). */
	public void update(Actor actor, PersonId personId, SavePerson command, long expectedVersion) {
		update(actor, personId.value(), command, expectedVersion);
	}

	/** As {@link #profile(Actor, UUID)}, for other modules. */
	@Transactional(readOnly = true)
	public PersonProfile profile(Actor actor, PersonId personId) {
		return profile(actor, personId.value());
	}

	/** As {@link #employmentHistory(Actor, UUID)}, for other modules (a boomerang's tenure before and after). */
	@Transactional(readOnly = true)
	public Optional<List<EmploymentPeriodView>> employmentHistory(Actor actor, PersonId personId) {
		return employmentHistory(actor, personId.value());
	}

	public void rehire(Actor actor, UUID personId, LocalDate on, UUID unitId) {
		this.guard.requireManagePeople(actor);
		Person person = load(personId);
		requireUnit(unitId);
		person.rehire(on, unitId, now());
		this.events.publishEvent(AuditEvent.open("person.rehired", "person", personId, AuditEvent.person(PersonId.of(personId)),
				AuditEvent.text(on)));
		this.events.publishEvent(new PersonRehired(PersonId.of(personId), on));
	}

	/**
	 * Erases a person who has left ({@link Person#erase}): the talent lead alone. Their employment
	 * periods keep their dates (the status rests on them) but lose the reason for leaving. The
	 * audit says that someone was erased and by whom, naming no one; the other modules remove what
	 * they hold of the person when they hear {@link PersonErased}.
	 */
	public void erase(Actor actor, UUID personId) {
		this.guard.requireErase(actor);
		Person person = load(personId);
		LocalDate today = LocalDate.now(this.clock);
		person.erase(today, now());
		this.jdbc.sql("update employment_period set end_reason = null where person_id = :id").param("id", personId).update();
		this.events.publishEvent(AuditEvent.open("person.erased", "person", personId));
		this.events.publishEvent(new PersonErased(PersonId.of(personId), today));
	}

	/**
	 * Erases the caller themselves: an alumnus who has left asks for their own data to be erased
	 * (the alumni portal). The same effect as {@link #erase}: the person row is blanked and
	 * {@link PersonErased} tells every module to remove what it holds; their account is locked
	 * and its sessions end. Nobody but the person themselves, and only once they have left.
	 */
	public void eraseOwn(Actor actor) {
		this.guard.requireEraseOwn(actor);
		UUID personId = actor.requirePersonId().value();
		Person person = load(personId);
		LocalDate today = LocalDate.now(this.clock);
		person.erase(today, now());
		this.jdbc.sql("update employment_period set end_reason = null where person_id = :id").param("id", personId).update();
		this.events.publishEvent(AuditEvent.open("person.erasedOwn", "person", personId));
		this.events.publishEvent(new PersonErased(PersonId.of(personId), today));
	}

	/** Refuses (403) a caller who may not erase people. */
	public void requireErase(Actor actor) {
		this.guard.requireErase(actor);
	}

	private List<EmploymentPeriodView> employmentHistory(UUID personId) {
		return this.jdbc.sql("""
				select started_on, ended_on, end_reason from employment_period
				where person_id = :personId order by started_on""")
			.param("personId", personId)
			.query((rs, row) -> new EmploymentPeriodView(rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason")))
			.list();
	}

	/** Whether the caller sees the directory and person pages (staff): a page links to a person only then. */
	public boolean maySeeDirectory(Actor actor) {
		return this.guard.maySeeDirectory(actor);
	}

	/** Whether the caller may change people and units, import and export: the pages' {@code mayManage}. */
	public boolean mayManagePeople(Actor actor) {
		return this.guard.mayManagePeople(actor);
	}

	/** Refuses (403) a caller who may not change people and units, import and export. */
	public void requireManagePeople(Actor actor) {
		this.guard.requireManagePeople(actor);
	}

	/** The employment history as this caller may see it: empty when they may not. */
	@Transactional(readOnly = true)
	public Optional<List<EmploymentPeriodView>> employmentHistory(Actor actor, UUID personId) {
		return this.guard.maySeeEmploymentHistory(actor, personId) ? Optional.of(employmentHistory(personId))
				: Optional.empty();
	}

	/** The caller's own employment history (for a download of their own data); none without a person. */
	@Transactional(readOnly = true)
	public List<EmploymentPeriodView> myEmploymentHistory(Actor actor) {
		return (actor.personId() != null) ? employmentHistory(actor.personId().value()) : List.of();
	}

	/** The person page: the person, their direct reports and, if allowed, the employment history. */
	@Transactional(readOnly = true)
	public PersonProfile profile(Actor actor, UUID personId) {
		this.guard.requireDirectory(actor);
		PersonView person = this.directory.get(PersonId.of(personId));
		String managerEmployeeId = (person.managerId() != null)
				? this.directory.find(PersonId.ofNullable(person.managerId())).map(PersonView::employeeId).orElse(null) : null;
		return new PersonProfile(person, managerEmployeeId, this.directory.directReports(PersonId.of(personId)),
				employmentHistory(actor, personId).orElse(null), this.guard.mayManagePeople(actor),
				this.guard.mayErase(actor) && person.status() == PersonStatus.LEFT && !person.erased());
	}

	/**
	 * Writes everybody as CSV in the import's columns (so an export can be imported again),
	 * streamed row by row: the file is never held in memory. The erased are left out: their rows
	 * hold no one's data, and would not import again.
	 */
	@Transactional(readOnly = true)
	public void exportCsv(Actor actor, Writer out) {
		this.guard.requireManagePeople(actor);
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(PeopleCsv.EXPORT_COLUMNS);
		this.jdbc.sql("""
				select p.employee_id, p.first_name, p.last_name, p.email, p.title, u.code as unit_code,
				  m.employee_id as manager_employee_id, p.hire_date, u.name as unit_name
				from person p
				left join org_unit u on u.id = p.unit_id
				left join person m on m.id = p.manager_id
				where p.erased_on is null
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

}
