package io.cocareer.tour.review.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PersonErased;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourTablesOnH2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closing review loses the texts of the sides an erased person wrote, and keeps the other side,
 * the next step and the dates.
 */
class ErasedPeopleLeaveTheirReflectionTests {

	private final TourTablesOnH2 db = new TourTablesOnH2();

	@Test
	void theSideTheErasedPersonWroteLosesItsWordsAndTheOtherSideStays() {
		UUID talent = this.db.person("Tara", "Nguyen");
		UUID manager = this.db.person("Marco", "Rossi");
		UUID tour = this.db.tour(talent, manager);
		this.db.jdbc.sql("""
				insert into tour_closing_review (tour_id, talent_results, gained_skills, talent_by_person_id,
				  company_results, next_step, next_step_note, company_by_person_id, completed_on)
				values (:tour, 'Shipped it', 'Discovery', :talent, 'On time', 'GOOD_EXIT', 'Stay in touch', :manager,
				  date '2026-06-01')""")
			.param("tour", tour)
			.param("talent", talent)
			.param("manager", manager)
			.update();

		new ErasedPeopleLeaveTheirReflection(this.db.jdbc).on(new PersonErased(PersonId.of(talent), LocalDate.now()));

		Map<String, Object> review = this.db.jdbc.sql("""
				select talent_results, gained_skills, company_results, next_step, completed_on from tour_closing_review
				where tour_id = :id""").param("id", tour).query().singleRow();
		assertThat(review).containsEntry("talent_results", null)
			.containsEntry("gained_skills", null)
			.containsEntry("company_results", "On time")
			.containsEntry("next_step", "GOOD_EXIT");
		assertThat(review.get("completed_on")).isNotNull();
	}

}
