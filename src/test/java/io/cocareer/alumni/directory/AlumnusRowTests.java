package io.cocareer.alumni.directory;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead's alumni list marks a boomerang "back with us" only while they are: not once they have left again. */
class AlumnusRowTests {

	private static final LocalDate LEFT = LocalDate.of(2024, 3, 1);

	@Test
	void aBoomerangIsBackWithUsUntilTheyLeaveAgain() {
		assertThat(row(null, null).backWithUs()).isFalse();
		assertThat(row(LEFT.plusMonths(14), null).backWithUs()).isTrue();
		assertThat(row(LEFT.plusMonths(14), LEFT.plusMonths(20)).backWithUs()).isFalse();
	}

	private static AlumnusRow row(LocalDate rehiredOn, LocalDate leftAgainOn) {
		return new AlumnusRow(UUID.randomUUID(), "Sam", LEFT, ExitReasonKind.CAREER_GOAL, AlumniTier.CONNECTED, true, null,
				rehiredOn, leftAgainOn);
	}

}
