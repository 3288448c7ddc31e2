package io.cocareer.toolbox.programme.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A count about 1 to k - 1 people is not shown; k is never below 5. */
class ProgrammeFiguresTests {

	@Test
	void countsOfFewerThanKPeopleAreNotShown() {
		ProgrammeFigures figures = new ProgrammeFigures(null, Clock.systemDefaultZone(), 3);
		assertThat(figures.shown(0)).isEqualTo(0.0);
		assertThat(figures.shown(1)).isNull();
		assertThat(figures.shown(4)).as("a setting below 5 is raised to 5").isNull();
		assertThat(figures.shown(5)).isEqualTo(5.0);
		assertThat(new ProgrammeFigures(null, Clock.systemDefaultZone(), 8).shown(7)).isNull();
	}

}
