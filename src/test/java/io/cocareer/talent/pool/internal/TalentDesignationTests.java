package io.cocareer.talent.pool.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TalentDesignationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

	@Test
	void aReviewDateThatIsNotInTheFutureIsRejected() {
		assertThatThrownBy(() -> TalentDesignation.designate(UUID.randomUUID(), terms(TODAY, 2), "lead", NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("reviewOn"));
	}

	@Test
	void ratingsOutsideOneToThreeAreRejected() {
		assertThatThrownBy(() -> TalentDesignation.designate(UUID.randomUUID(), terms(TODAY.plusMonths(3), 4), "lead",
				NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("performance"));
	}

	@Test
	void endingKeepsTheDesignationAndAnEndedOneCannotBeChanged() {
		TalentDesignation designation = TalentDesignation.designate(UUID.randomUUID(), terms(TODAY.plusMonths(3), 2),
				"lead", NOW, TODAY);

		designation.end("Moved to a partner company", NOW);

		assertThat(designation.isActive()).isFalse();
		assertThatThrownBy(() -> designation.change(terms(TODAY.plusMonths(6), 3), TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anEndedDesignationCanBeReopened() {
		TalentDesignation designation = TalentDesignation.designate(UUID.randomUUID(), terms(TODAY.plusMonths(3), 2),
				"lead", NOW, TODAY);
		designation.end("Paused", NOW);

		designation.reopen(terms(TODAY.plusMonths(6), 3), "lead", NOW, TODAY);

		assertThat(designation.isActive()).isTrue();
		assertThat(designation.performance()).isEqualTo(3);
	}

	private static DesignationTerms terms(LocalDate reviewOn, int performance) {
		return new DesignationTerms(DesignationReason.LONG_TERM_POTENTIAL, "Led the migration", reviewOn, performance,
				2);
	}

}
