package io.cocareer.tour.tracking.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PersonErased;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourTablesOnH2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tracking of tours keeps of an erased person: none of the words they wrote (their side
 * of check-ins, their wins, the topics they asked coaching on); the check-ins themselves, the
 * other side's words and the wins others wrote stay.
 */
class ErasedPeopleLeaveTheirNotesTests {

	private final TourTablesOnH2 db = new TourTablesOnH2();

	private final ErasedPeopleLeaveTheirNotes listener = new ErasedPeopleLeaveTheirNotes(this.db.jdbc);

	@Test
	void anErasedTalentLeavesTheirNotesWinsAndTopicsAndTheRestStays() {
		UUID talent = this.db.person("Tara", "Nguyen");
		UUID manager = this.db.person("Marco", "Rossi");
		UUID tour = this.db.tour(talent, manager);
		UUID checkIn = checkIn(tour, manager);
		win(tour, talent, "Pilot live");
		win(tour, manager, "Board demo");
		coaching(tour, talent, manager);

		this.listener.on(new PersonErased(PersonId.of(talent), LocalDate.now()));
		this.listener.on(new PersonErased(PersonId.of(talent), LocalDate.now()));

		assertThat(this.db.jdbc.sql("select talent_note, manager_note from tour_check_in where id = :id")
			.param("id", checkIn)
			.query()
			.singleRow()).containsEntry("talent_note", null).containsEntry("manager_note", "Let us unblock it");
		assertThat(this.db.count("select count(*) from tour_win where author_id = :id", talent)).isZero();
		assertThat(this.db.count("select count(*) from tour_win where author_id = :id", manager)).isEqualTo(1);
		assertThat(this.db.jdbc.sql("select topic from tour_coaching_session where tour_id = :id")
			.param("id", tour)
			.query(String.class)
			.single()).isEmpty();
	}

	@Test
	void anErasedManagerLeavesTheirSideOfTheCheckIns() {
		UUID talent = this.db.person("Tara", "Nguyen");
		UUID manager = this.db.person("Marco", "Rossi");
		UUID checkIn = checkIn(this.db.tour(talent, manager), manager);

		this.listener.on(new PersonErased(PersonId.of(manager), LocalDate.now()));

		assertThat(this.db.jdbc.sql("select talent_note, manager_note from tour_check_in where id = :id")
			.param("id", checkIn)
			.query()
			.singleRow()).containsEntry("talent_note", "Slow start").containsEntry("manager_note", null);
	}

	private UUID checkIn(UUID tour, UUID manager) {
		UUID id = UUID.randomUUID();
		this.db.jdbc.sql("""
				insert into tour_check_in (id, tour_id, held_on, progress, status, talent_note, talent_noted_at,
				  manager_note, manager_noted_by_person_id, manager_noted_at, created_by_person_id, created_at)
				values (:id, :tour, date '2026-02-01', 20, 'ON_TRACK', 'Slow start', current_timestamp,
				  'Let us unblock it', :manager, current_timestamp, :manager, current_timestamp)""")
			.param("id", id)
			.param("tour", tour)
			.param("manager", manager)
			.update();
		return id;
	}

	private void win(UUID tour, UUID author, String title) {
		this.db.jdbc.sql("""
				insert into tour_win (id, tour_id, title, story, won_on, state, author_id, created_at)
				values (:id, :tour, :title, 'The story', date '2026-02-01', 'DRAFT', :author, current_timestamp)""")
			.param("id", UUID.randomUUID())
			.param("tour", tour)
			.param("title", title)
			.param("author", author)
			.update();
	}

	private void coaching(UUID tour, UUID talent, UUID coach) {
		this.db.jdbc.sql("""
				insert into tour_coaching_session (id, tour_id, topic, requested_by, coach_id, status, created_at,
				  updated_at)
				values (:id, :tour, 'Negotiating with my manager', :talent, :coach, 'REQUESTED', current_timestamp,
				  current_timestamp)""")
			.param("id", UUID.randomUUID())
			.param("tour", tour)
			.param("talent", talent)
			.param("coach", coach)
			.update();
	}

}
