package io.cocareer.tour.tracking.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInScheduleTests {

	private static final LocalDate START = LocalDate.of(2030, 1, 1);

	private static final LocalDate END = LocalDate.of(2030, 3, 1);

	@Test
	void withoutCheckInsTheFirstIsDueOneCadenceAfterTheStart() {
		CheckInSchedule schedule = CheckInSchedule.of(START, END, 14, List.of(), START);

		assertThat(schedule.nextDue()).isEqualTo(LocalDate.of(2030, 1, 15));
		assertThat(schedule.upcoming()).containsExactly(LocalDate.of(2030, 1, 15), LocalDate.of(2030, 1, 29),
				LocalDate.of(2030, 2, 12), LocalDate.of(2030, 2, 26));
		assertThat(schedule.overdue()).isFalse();
	}

	@Test
	void aCheckInCoversTheDueDateNearestToIt() {
		// two days early still counts for 15 January
		CheckInSchedule early = CheckInSchedule.of(START, END, 14, List.of(LocalDate.of(2030, 1, 13)), START);
		assertThat(early.nextDue()).isEqualTo(LocalDate.of(2030, 1, 29));
		// eight days early (more than half a cadence) does not
		CheckInSchedule tooEarly = CheckInSchedule.of(START, END, 14, List.of(LocalDate.of(2030, 1, 7)), START);
		assertThat(tooEarly.nextDue()).isEqualTo(LocalDate.of(2030, 1, 15));
		// late counts too, and the latest check-in decides
		CheckInSchedule late = CheckInSchedule.of(START, END, 14,
				List.of(LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 18)), START);
		assertThat(late.nextDue()).isEqualTo(LocalDate.of(2030, 1, 29));
	}

	@Test
	void aDueDateThatPassedWithoutACheckInIsOverdue() {
		assertThat(CheckInSchedule.of(START, END, 14, List.of(), LocalDate.of(2030, 1, 15)).overdue()).isFalse();
		CheckInSchedule overdue = CheckInSchedule.of(START, END, 14, List.of(), LocalDate.of(2030, 1, 16));
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.dueBy(LocalDate.of(2030, 1, 16))).isTrue();
		assertThat(CheckInSchedule.of(START, END, 14, List.of(), LocalDate.of(2030, 1, 14))
			.dueBy(LocalDate.of(2030, 1, 14))).isFalse();
	}

	@Test
	void nothingIsDueOnceTheLastDueDateIsCovered() {
		CheckInSchedule done = CheckInSchedule.of(START, END, 14, List.of(LocalDate.of(2030, 2, 26)),
				LocalDate.of(2030, 2, 28));

		assertThat(done.nextDue()).isNull();
		assertThat(done.upcoming()).isEmpty();
		assertThat(done.overdue()).isFalse();
	}

}
