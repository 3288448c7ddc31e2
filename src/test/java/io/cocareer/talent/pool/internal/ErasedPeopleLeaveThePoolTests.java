package io.cocareer.talent.pool.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonErased;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.support.ModuleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talent pool and profiles when someone is erased (people mocked, as in
 * {@link LeaversLeaveThePoolTests}): a {@link PersonErased} deletes their designation with its
 * 9-box placement, and their profile with the notes about them; a note they wrote about someone
 * else stays.
 */
@ApplicationModuleTest(module = "talent.pool", extraIncludes = { "talent.profile", "talent.competency" })
@ModuleTest
class ErasedPeopleLeaveThePoolTests {

	@MockitoBean
	PeopleDirectory people;

	@MockitoBean
	TalentGuard guard;

	@MockitoBean
	TalentReadModel reads;

	@MockitoSpyBean
	TalentDesignationRepository designations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedTalentLeavesNoDesignationProfileOrNoteAboutThem(Scenario scenario) {
		UUID erased = person("ER");
		UUID other = person("OT");
		this.designations.save(TalentDesignation.designate(erased, new DesignationTerms(
				DesignationReason.LONG_TERM_POTENTIAL, "Ran the pilot", LocalDate.now().plusMonths(6), 2, 3), "lead",
				Instant.now(), LocalDate.now()));
		this.jdbc.sql("""
				insert into talent_profile (person_id, short_term_aspiration, updated_at, updated_by)
				values (:id, 'Lead a team', current_timestamp, 'them')""").param("id", erased).update();
		note(erased, other);
		note(other, erased);

		scenario.publish(new PersonErased(PersonId.of(erased), LocalDate.now()))
			.andWaitForStateChange(() -> count("select count(*) from talent_designation where person_id = :id", erased) == 0
					&& count("select count(*) from talent_profile where person_id = :id", erased) == 0
					&& count("select count(*) from profile_note where person_id = :id", erased) == 0)
			.andVerify((gone) -> assertThat(gone).isTrue());
		assertThat(count("select count(*) from profile_note where person_id = :id", other))
			.as("their note about someone else is that person's record").isEqualTo(1);
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private void note(UUID about, UUID author) {
		this.jdbc.sql("""
				insert into profile_note (id, person_id, author_account_id, author_person_id, body, created_at)
				values (:id, :about, :account, :author, 'Ran the pilot well', current_timestamp)""")
			.param("id", UUID.randomUUID())
			.param("about", about)
			.param("account", UUID.randomUUID())
			.param("author", author)
			.update();
	}

	/** A person (by SQL: the people module is not started here). */
	private UUID person(String prefix) {
		UUID person = UUID.randomUUID();
		String key = prefix + person.toString().substring(0, 8);
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at, version)
				values (:id, :key, :email, 'Erin', 'Erased', date '2020-01-15', 'LEFT', 'erin', :now, :now, 0)""")
			.param("id", person)
			.param("key", key)
			.param("email", key + "@test.cocareer.io")
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return person;
	}

}
