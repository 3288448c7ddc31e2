package io.cocareer.people;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.UUID;

import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's trusted read API for other modules: who someone is, whom they report to,
 * the units. It takes no {@link io.cocareer.shared.Actor} because it returns nothing private:
 * what it gives is what every member of staff sees in the directory ({@link PersonSummary},
 * {@link PersonView}: name, work email, title, unit, manager, hire date, status) and the
 * organisation's structure ({@link UnitView}). Callers use it to name people in their own pages
 * and to decide their own rules (is this caller the talent's manager?); what they then show is
 * theirs to check. Employment history and anything else personal is only in
 * {@link PeopleService}, which is told who asks.
 * <p>
 * Reads go through plain SQL with a fixed number of statements per call (the directory must stay
 * fast at 50,000 people).
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

	static final String PERSON_COLUMNS = """
			p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, p.unit_id, u.name as unit_name,
			p.manager_id, m.first_name as manager_first, m.last_name as manager_last, m.erased_on as manager_erased_on,
			p.hire_date, p.status, p.version, p.erased_on
			from person p
			left join org_unit u on u.id = p.unit_id
			left join person m on m.id = p.manager_id
			""";

	static final String SUMMARY_COLUMNS = """
			select p.id, p.employee_id, p.first_name, p.last_name, p.email, p.title, u.name as unit_name, p.status, p.erased_on
			from person p left join org_unit u on u.id = p.unit_id""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	PeopleDirectory(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The directory: search by name, email, employee id or title, optionally within a unit. Safe:
	 * summaries, as the directory shows them to all staff (talent searches it to designate people).
	 */
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
		List<PersonSummary> rows = this.jdbc.sql(SUMMARY_COLUMNS + where
				+ " order by p.last_name, p.first_name, p.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(this::summary)
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
	List<PersonSummary> pickable(String query, int limit) {
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
		return this.jdbc.sql(SUMMARY_COLUMNS + where
				+ " order by case when lower(p.employee_id) = :exact then 0 else 1 end, p.last_name, p.first_name, p.id"
				+ " limit :limit")
			.params(params)
			.param("exact", q)
			.param("limit", limit)
			.query(this::summary)
			.list();
	}

	/** A person as the directory shows them. Safe: what every member of staff sees on the person page. */
	public PersonView get(PersonId personId) {
		return find(personId).orElseThrow(() -> new PersonNotFoundException(PersonId.valueOf(personId)));
	}

	/** Safe for the same reason as {@link #get(PersonId)}. */
	public Optional<PersonView> find(PersonId personId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " where p.id = :id")
			.param("id", PersonId.valueOf(personId))
			.query(this::view)
			.optional();
	}

	/** The person forms name by employee id (a manager, a coach, a sponsor). Safe: as {@link #get(PersonId)}. */
	public Optional<PersonView> findByEmployeeId(String employeeId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " where p.employee_id = :employeeId")
			.param("employeeId", employeeId)
			.query(this::view)
			.optional();
	}

	/** A person's id from their employee id, for forms that take the employee id of a manager. */
	public Optional<UUID> personIdOf(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id from person where employee_id = :employeeId")
			.param("employeeId", employeeId.strip())
			.query(UUID.class)
			.optional();
	}

	/**
	 * Summaries for many people in one statement, keyed by id (for lists in other modules). Safe:
	 * the directory's rows.
	 */
	public Map<UUID, PersonSummary> summaries(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PersonSummary> result = new LinkedHashMap<>();
		List<UUID> ids = new ArrayList<>(new HashSet<>(personIds));
		// chunked, so an IN list never exceeds what a driver accepts
		for (int from = 0; from < ids.size(); from += 1000) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			this.jdbc.sql(SUMMARY_COLUMNS + " where p.id in (:ids)")
				.param("ids", chunk)
				.query(this::summary)
				.list()
				.forEach((summary) -> result.put(summary.id(), summary));
		}
		return result;
	}

	/**
	 * The names of these people as they are now, for a page that stores who did what by person id:
	 * one statement (none for no id), {@code null} ids ignored. Safe: names, as the directory shows
	 * them.
	 */
	public PersonNames names(Collection<UUID> personIds) {
		return namesOf(summaries(personIds.stream().filter(java.util.Objects::nonNull).toList()));
	}

	/** The names in summaries a page has already read ({@link #summaries}): no statement. */
	public PersonNames namesOf(Map<UUID, PersonSummary> summaries) {
		Map<UUID, String> byId = new HashMap<>();
		summaries.forEach((id, summary) -> byId.put(id, summary.fullName()));
		return new PersonNames(byId, formerColleague());
	}

	/** The neutral label for someone no longer known by name. */
	String formerColleague() {
		return this.messages.getMessage("people.person.formerColleague", null, "Former colleague",
				LocaleContextHolder.getLocale());
	}

	/**
	 * Who reports to this manager. Safe: reporting lines are on every person page; other modules
	 * use them to decide what a manager may see of their reports.
	 */
	public List<PersonSummary> directReports(PersonId managerId) {
		return this.jdbc.sql(SUMMARY_COLUMNS + " where p.manager_id = :managerId order by p.last_name, p.first_name")
			.param("managerId", PersonId.valueOf(managerId))
			.query(this::summary)
			.list();
	}

	/** Whether the person reports directly to the manager: the question most access rules ask. */
	public boolean isManagerOf(PersonId managerId, PersonId personId) {
		if (managerId == null || personId == null) {
			return false;
		}
		return this.jdbc.sql("select count(*) from person where id = :personId and manager_id = :managerId")
			.param("personId", personId.value())
			.param("managerId", managerId.value())
			.query(Long.class)
			.single() > 0;
	}

	/** The units with their headcount. Safe: the organisation's structure, not anyone's data. */
	public List<UnitView> units() {
		return this.jdbc.sql("""
				select u.id, u.code, u.name, u.parent_id, pu.name as parent_name,
				  (select count(*) from person p where p.unit_id = u.id and p.status <> 'LEFT') as headcount
				from org_unit u left join org_unit pu on pu.id = u.parent_id order by u.name""")
			.query((rs, row) -> new UnitView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
					rs.getObject("parent_id", UUID.class), rs.getString("parent_name"), rs.getLong("headcount")))
			.list();
	}

	/**
	 * The unit of every person (those who left included), for figures counted per unit over
	 * groups (the review across talents' networks). Safe: the organisation's structure. One statement.
	 */
	public Map<UUID, UUID> unitOfEachPerson() {
		Map<UUID, UUID> units = new HashMap<>();
		this.jdbc.sql("select id, unit_id from person where unit_id is not null")
			.query((rs) -> {
				units.put(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class));
			});
		return units;
	}

	/** How many people are with the organisation. Safe: a number. */
	public long headcount() {
		return this.jdbc.sql("select count(*) from person where status <> 'LEFT'").query(Long.class).single();
	}

	/**
	 * How many people were hired from {@code from} to {@code to} (both included: employment periods
	 * that started then) and how many of those hires were a person's second or later period: the
	 * two counts of the boomerang rate (DOMAIN.md §4.3). Safe: two numbers, no one named; a caller
	 * shows them over groups large enough. One statement.
	 */
	public HireCounts hiresBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) as hires,
				  coalesce(sum(case when exists (select 1 from employment_period earlier
				    where earlier.person_id = e.person_id and earlier.started_on < e.started_on) then 1 else 0 end), 0) as rehires
				from employment_period e where e.started_on between :from and :to""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new HireCounts(rs.getLong("hires"), rs.getLong("rehires")))
			.single();
	}

	/**
	 * How many employment periods ended from {@code from} to {@code to} (both included): the
	 * leavings of the period, for trends counted over groups large enough. Safe: a number, no one
	 * named. One statement.
	 */
	public long leavingsBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select count(*) from employment_period where ended_on between :from and :to")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** An erased person is named by the neutral label: their name is blank. */
	private PersonSummary summary(ResultSet rs, int row) throws SQLException {
		String name = (rs.getObject("erased_on") != null) ? formerColleague()
				: rs.getString("first_name") + " " + rs.getString("last_name");
		return new PersonSummary(rs.getObject("id", UUID.class), rs.getString("employee_id"), name,
				rs.getString("email"), rs.getString("title"),
				rs.getString("unit_name"), PersonStatus.valueOf(rs.getString("status")));
	}

	private PersonView view(ResultSet rs, int row) throws SQLException {
		String managerFirst = rs.getString("manager_first");
		String managerName = (managerFirst == null) ? null
				: (rs.getObject("manager_erased_on") != null) ? formerColleague()
						: managerFirst + " " + rs.getString("manager_last");
		boolean erased = rs.getObject("erased_on") != null;
		return new PersonView(rs.getObject("id", UUID.class), rs.getString("employee_id"),
				erased ? formerColleague() : rs.getString("first_name"), erased ? "" : rs.getString("last_name"),
				rs.getString("email"), rs.getString("title"), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), rs.getObject("manager_id", UUID.class), managerName,
				rs.getObject("hire_date", LocalDate.class), PersonStatus.valueOf(rs.getString("status")),
				rs.getLong("version"), erased);
	}

}
