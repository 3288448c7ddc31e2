package io.cocareer.toolbox.counselling.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A count about 1 to k - 1 talents is not shown, whatever it counts; k is never below 5. */
class CounsellingFiguresTests {

	@Test
	void countsAboutFewerThanKTalentsAreNotShown() {
		CounsellingFigures figures = new CounsellingFigures(null, Clock.systemDefaultZone(), 2);
		assertThat(figures.shows(0)).isTrue();
		assertThat(figures.shows(4)).as("twelve sessions of four talents").isFalse();
		assertThat(figures.shows(5)).isTrue();
	}

}
