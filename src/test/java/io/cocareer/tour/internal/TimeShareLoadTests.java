package io.cocareer.tour.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.tour.internal.TimeShareLoad.Commitment;
import io.cocareer.tour.internal.TimeShareLoad.Overload;

import static org.assertj.core.api.Assertions.assertThat;

class TimeShareLoadTests {

	private static final LocalDate JAN = LocalDate.of(2027, 1, 1);

	@Test
	void aShareThatFitsNextToOthersIsAccepted() {
		List<Commitment> others = List.of(tour("A", JAN, JAN.plusMonths(6), 60));

		assertThat(TimeShareLoad.check(others, JAN.plusMonths(1), JAN.plusMonths(3), 40)).isEmpty();
	}

	@Test
	void overlappingToursPastAFullWeekAreRefusedWithTheNumbers() {
		Commitment a = tour("A", JAN, JAN.plusMonths(6).minusDays(1), 70);
		List<Commitment> others = List.of(a);

		Overload overload = TimeShareLoad.check(others, JAN.plusMonths(3), JAN.plusMonths(9), 50).orElseThrow();

		assertThat(overload.total()).isEqualTo(120);
		assertThat(overload.from()).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(overload.to()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(overload.others()).containsExactly(a);
	}

	@Test
	void twoToursThatDoNotMeetLeaveRoomForAThirdAcrossBoth() {
		// 50 % in the first quarter, 50 % in the second: a 50 % tour across the half year peaks at 100 %
		List<Commitment> others = List.of(tour("Q1", JAN, LocalDate.of(2027, 3, 31), 50),
				tour("Q2", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), 50));

		assertThat(TimeShareLoad.check(others, JAN, LocalDate.of(2027, 6, 30), 50)).isEmpty();
		assertThat(TimeShareLoad.peak(others, JAN, LocalDate.of(2027, 6, 30))).isEqualTo(50);
	}

	@Test
	void theOverloadStartsWhereTheSecondOtherTourJoins() {
		List<Commitment> others = List.of(tour("A", JAN, JAN.plusMonths(12), 40),
				tour("B", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31), 30));

		Overload overload = TimeShareLoad.check(others, JAN, JAN.plusMonths(12), 40).orElseThrow();

		assertThat(overload.total()).isEqualTo(110);
		assertThat(overload.from()).isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(overload.to()).isEqualTo(LocalDate.of(2027, 5, 31));
		assertThat(overload.others()).extracting(Commitment::title).containsExactly("A", "B");
	}

	@Test
	void exactlyAFullWeekIsAllowed() {
		List<Commitment> others = List.of(tour("A", JAN, JAN.plusMonths(6), 60));

		assertThat(TimeShareLoad.check(others, JAN, JAN.plusMonths(6), 40)).isEmpty();
		assertThat(TimeShareLoad.check(others, JAN, JAN.plusMonths(6), 41)).isPresent();
	}

	@Test
	void thePeakIsTheBusiestDay() {
		List<Commitment> others = List.of(tour("A", JAN, JAN.plusMonths(6), 40),
				tour("B", JAN.plusMonths(2), JAN.plusMonths(3), 30), tour("C", JAN.plusMonths(8), JAN.plusMonths(9), 90));

		assertThat(TimeShareLoad.peak(others, JAN, JAN.plusMonths(7))).isEqualTo(70);
		assertThat(TimeShareLoad.peak(others, JAN.plusMonths(7), JAN.plusMonths(7).plusDays(10))).isZero();
	}

	private static Commitment tour(String title, LocalDate start, LocalDate end, int share) {
		return new Commitment(UUID.randomUUID(), title, start, end, share);
	}

}
