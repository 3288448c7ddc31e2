package io.cocareer.network.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** DOMAIN.md §2.3's worked example: six developers in four of the arenas. */
class DiversityTests {

	private static final List<String> SIX = List.of("current employer", "current employer", "current employer",
			"prior employer", "school", "professional association");

	@Test
	void sixDevelopersInFourArenas() {
		Diversity four = Diversity.of(SIX, 4);

		assertThat(four.richness()).isEqualTo(4);
		assertThat(four.blau()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(four.iqv()).isCloseTo(8.0 / 9, within(1e-12));
		assertThat(four.shannon()).isCloseTo(1.242453, within(1e-6));
		assertThat(four.evenness()).isCloseTo(0.896241, within(1e-6));
		assertThat(four.effectiveCategories()).isCloseTo(3.464102, within(1e-6));
		assertThat(Diversity.of(SIX, 5).iqv()).as("out of five possible arenas").isCloseTo(0.833333, within(1e-6));
	}

	@Test
	void oneArenaIsNoDiversityAndNoDevelopersIsNoFigure() {
		Diversity one = Diversity.of(List.of("family", "family"), 6);
		assertThat(one.richness()).isEqualTo(1);
		assertThat(one.blau()).isZero();
		assertThat(one.iqv()).isZero();
		assertThat(one.effectiveCategories()).isCloseTo(1, within(1e-12));

		Diversity none = Diversity.of(List.of(), 6);
		assertThat(none.richness()).isZero();
		assertThat(none.blau()).isNaN();
		assertThat(none.iqv()).isNaN();
	}

	@Test
	void refusesFewerPossibleCategoriesThanSeen() {
		assertThatIllegalArgumentException().isThrownBy(() -> Diversity.of(SIX, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> Diversity.of(SIX, 1));
	}

}
