package io.cocareer.toolbox.programme.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A count about 1 to k - 1 people is not shown; k is never below 5. */
class ProgrammeFiguresTests {

	@Test
	void countsOfFewerThanKPeopleAreNotShown() {
		ProgrammeFigures figures = new ProgrammeFigures(null, Clock.systemDefaultZone(), 3);
		assertThat(figures.shows(0)).isTrue();
		assertThat(figures.shows(1)).isFalse();
		assertThat(figures.shows(4)).as("a setting below 5 is raised to 5").isFalse();
		assertThat(figures.shows(5)).isTrue();
		assertThat(new ProgrammeFigures(null, Clock.systemDefaultZone(), 8).shows(7)).isFalse();
	}

}
