package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.register.internal.AlumniTiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlumniTiersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void theLeadsInvitationComesFirstWhateverElseHolds() {
		assertThat(AlumniTiers.tierOf(TODAY.minusYears(2), null, false, TODAY)).isEqualTo(AlumniTier.DISTINGUISHED);
	}

	@Test
	void takingPartInTheLast365DaysMakesAnAlumnusEngagedAndNotADayLonger() {
		assertThat(AlumniTiers.tierOf(null, TODAY.minusDays(365), false, TODAY)).isEqualTo(AlumniTier.ENGAGED);
		assertThat(AlumniTiers.tierOf(null, TODAY.minusDays(366), true, TODAY)).isEqualTo(AlumniTier.CONNECTED);
	}

	@Test
	void consentMakesConnectedAndWithoutItAnAlumnusStaysEligible() {
		assertThat(AlumniTiers.tierOf(null, null, true, TODAY)).isEqualTo(AlumniTier.CONNECTED);
		assertThat(AlumniTiers.tierOf(null, null, false, TODAY)).isEqualTo(AlumniTier.ELIGIBLE);
		assertThat(AlumniTiers.tierOf(null, TODAY.minusDays(400), false, TODAY)).isEqualTo(AlumniTier.ELIGIBLE);
	}

}
