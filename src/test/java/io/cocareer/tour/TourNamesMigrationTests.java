package io.cocareer.tour;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the migrations that turn the tours' copied names into person ids do to the rows a database
 * already holds: a name copied from a person's account becomes that person's id and the copy goes;
 * a name of an account that is no person, or one that two people share, stays as it was.
 */
class TourNamesMigrationTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final JdbcClient jdbc;

	TourNamesMigrationTests() {
		this.dataSource.setURL("jdbc:h2:mem:tour-names-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		this.dataSource.setUser("sa");
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@Test
	void theCharterAndTheWorkPackagesNameTheirPeopleById() {
		migrateTo("30");
		UUID lead = person("lead", "Hannah", "Berger");
		UUID twinA = person("twin-a", "Sam", "Twin");
		person("twin-b", "Sam", "Twin");
		UUID leadAccount = account(lead, "Hannah Berger");
		UUID unit = unit();
		this.jdbc.sql("insert into tour_charter (version_no, body, author, created_at) values (2, 'Ours', 'Hannah Berger', current_timestamp)")
			.update();
		this.jdbc.sql("insert into tour_charter (version_no, body, author, created_at) values (3, 'Ours', 'Sam Twin', current_timestamp)")
			.update();
		UUID pkg = workPackage(lead, unit, leadAccount, "Hannah Berger", "Sam Twin");

		migrateTo("31");

		assertThat(row("select author_person_id, author from tour_charter where version_no = 1"))
			.containsEntry("author_person_id", null)
			.containsEntry("author", "system");
		assertThat(row("select author_person_id, author from tour_charter where version_no = 2"))
			.containsEntry("author_person_id", lead)
			.containsEntry("author", null);
		assertThat(row("select author_person_id, author from tour_charter where version_no = 3"))
			.as("a name two people share is no one's for sure: it stays")
			.containsEntry("author_person_id", null)
			.containsEntry("author", "Sam Twin");
		assertThat(row("select created_by_person, created_by_name, updated_by_person_id, updated_by_name from work_package where id = '"
				+ pkg + "'"))
			.containsEntry("created_by_person", lead)
			.containsEntry("created_by_name", null)
			.containsEntry("updated_by_person_id", null)
			.containsEntry("updated_by_name", "Sam Twin");
		assertThat(twinA).isNotNull();
	}

	@Test
	void toursTheirHistoryMissionsAndCheckInsNameTheirPeopleById() {
		migrateTo("30");
		UUID talent = person("talent", "Tara", "Nguyen");
		UUID manager = person("manager", "Marco", "Rossi");
		UUID managerAccount = account(manager, "Marco Rossi");
		UUID admin = account(null, "System Admin");
		UUID tour = UUID.randomUUID();
		this.jdbc.sql("""
				insert into tour (id, title, talent_id, manager_id, tour_type, state, start_on, end_on, time_share,
				  check_in_cadence_days, created_by_account, created_by_name, created_at, updated_at)
				values (:id, 'Pilot', :talent, :manager, 'ROTATIONAL', 'ACTIVE', date '2026-01-01', date '2026-06-01', 20,
				  14, :account, 'Marco Rossi', current_timestamp, current_timestamp)""")
			.param("id", tour)
			.param("talent", talent)
			.param("manager", manager)
			.param("account", managerAccount)
			.update();
		this.jdbc.sql("""
				insert into tour_state_change (id, tour_id, to_state, changed_by, changed_at) values
				  (:a, :tour, 'DRAFT', 'Marco Rossi', current_timestamp),
				  (:b, :tour, 'ACTIVE', 'CoCareer (start date)', current_timestamp)""")
			.param("a", UUID.randomUUID())
			.param("b", UUID.randomUUID())
			.param("tour", tour)
			.update();
		this.jdbc.sql("""
				insert into tour_mission_revision (id, tour_id, revision_no, objective, company_gains, talent_gains,
				  success_measures, author_account, author_name, created_at) values
				  (:a, :tour, 1, 'o', 'c', 't', 's', :manager, 'Marco Rossi', current_timestamp),
				  (:b, :tour, 2, 'o', 'c', 't', 's', :admin, 'System Admin', current_timestamp)""")
			.param("a", UUID.randomUUID())
			.param("b", UUID.randomUUID())
			.param("tour", tour)
			.param("manager", managerAccount)
			.param("admin", admin)
			.update();
		this.jdbc.sql("""
				insert into tour_check_in (id, tour_id, held_on, progress, status, manager_note, manager_noted_by,
				  created_by_name, created_at)
				values (:id, :tour, date '2026-02-01', 20, 'ON_TRACK', 'Good', 'Marco Rossi', 'Tara Nguyen', current_timestamp)""")
			.param("id", UUID.randomUUID())
			.param("tour", tour)
			.update();

		migrateTo("36");

		assertThat(row("select created_by_person_id, created_by_name from tour")).containsEntry("created_by_person_id", manager)
			.containsEntry("created_by_name", null);
		assertThat(row("select changed_by_person_id, changed_by from tour_state_change where to_state = 'DRAFT'"))
			.containsEntry("changed_by_person_id", manager)
			.containsEntry("changed_by", null);
		assertThat(row("select changed_by_person_id, changed_by from tour_state_change where to_state = 'ACTIVE'"))
			.as("the start-date schedule is no person: its name stays")
			.containsEntry("changed_by_person_id", null)
			.containsEntry("changed_by", "CoCareer (start date)");
		assertThat(row("select author_person_id, author_name from tour_mission_revision where revision_no = 1"))
			.containsEntry("author_person_id", manager)
			.containsEntry("author_name", null);
		assertThat(row("select author_person_id, author_name from tour_mission_revision where revision_no = 2"))
			.containsEntry("author_person_id", null)
			.containsEntry("author_name", "System Admin");
		assertThat(row("select created_by_person_id, created_by_name, manager_noted_by_person_id, manager_noted_by from tour_check_in"))
			.containsEntry("created_by_person_id", talent)
			.containsEntry("created_by_name", null)
			.containsEntry("manager_noted_by_person_id", manager)
			.containsEntry("manager_noted_by", null);
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.target(version)
			.load()
			.migrate();
	}

	private Map<String, Object> row(String sql) {
		return this.jdbc.sql(sql).query().singleRow();
	}

	private UUID person(String key, String first, String last) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at)
				values (:id, :key, :email, :first, :last, date '2020-01-01', 'ACTIVE', 'x', current_timestamp,
				  current_timestamp)""")
			.param("id", id)
			.param("key", key)
			.param("email", key + "@example.com")
			.param("first", first)
			.param("last", last)
			.update();
		return id;
	}

	private UUID account(UUID personId, String displayName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, username, password_hash, person_id, display_name, enabled, created_at)
				values (:id, :username, 'x', :person, :name, true, current_timestamp)""")
			.param("id", id)
			.param("username", "u" + id.toString().substring(0, 8))
			.param("person", personId)
			.param("name", displayName)
			.update();
		return id;
	}

	private UUID unit() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into org_unit (id, code, name) values (:id, :code, 'Unit')")
			.param("id", id)
			.param("code", id.toString().substring(0, 8))
			.update();
		return id;
	}

	private UUID workPackage(UUID sponsor, UUID unit, UUID account, String createdBy, String updatedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into work_package (id, title, description, expected_results, sponsor_id, unit_id, start_on, end_on,
				  time_share, seats, tour_type, status, challenging_rating, challenging_justification, interesting_rating,
				  interesting_justification, valuable_rating, valuable_justification, visible_rating, visible_justification,
				  weak, created_by_account, created_by_person, created_by_name, created_at, updated_by_name, updated_at)
				values (:id, 'Pilot', 'd', 'r', :sponsor, :unit, date '2026-01-01', date '2026-06-01', 20, 1,
				  'TRANSFORMATIONAL', 'DRAFT', 3, 'j', 3, 'j', 3, 'j', 3, 'j', false, :account, :sponsor, :createdBy,
				  current_timestamp, :updatedBy, current_timestamp)""")
			.param("id", id)
			.param("sponsor", sponsor)
			.param("unit", unit)
			.param("account", account)
			.param("createdBy", createdBy)
			.param("updatedBy", updatedBy)
			.update();
		return id;
	}

}
