package io.cocareer.tour;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory database with every migration applied, and the rows a tour test needs written
 * by SQL: for tests of a part's SQL alone (its reaction to an erasure), without starting the
 * application.
 */
public final class TourTablesOnH2 {

	public final JdbcClient jdbc;

	public TourTablesOnH2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:tour-tables-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	public UUID person(String first, String last) {
		UUID id = UUID.randomUUID();
		String key = id.toString().substring(0, 8);
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

	public UUID tour(UUID talent, UUID manager) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into tour (id, title, talent_id, manager_id, tour_type, state, start_on, end_on, time_share,
				  check_in_cadence_days, created_by_account, created_by_person_id, created_at, updated_at)
				values (:id, 'Pilot', :talent, :manager, 'ROTATIONAL', 'ACTIVE', date '2026-01-01', date '2026-06-01', 20,
				  14, :account, :manager, current_timestamp, current_timestamp)""")
			.param("id", id)
			.param("talent", talent)
			.param("manager", manager)
			.param("account", UUID.randomUUID())
			.update();
		return id;
	}

	public long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
