package io.cocareer.toolbox.overview.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.overview.TrendKind;
import io.cocareer.toolbox.overview.TrendView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The trend read model's counting: 12 months up to today's, a series per kind, 1 to k − 1 blank, zero shown. */
class TrendCalculatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private final TrendCalculator calculator = new TrendCalculator(5);

	@Test
	void coversTheTwelveMonthsUpToTodaysOldestFirst() {
		assertThat(TrendCalculator.since(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
		TrendView trend = this.calculator.trend("people", "t", List.of(TrendKind.HIRE), List.of(), TODAY);
		assertThat(trend.months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
		assertThat(trend.series().get(0).values()).hasSize(12).containsOnly(0L);
		assertThat(trend.anyHidden()).isFalse();
	}

	@Test
	void countsEachKindInItsMonthAndLeavesOutOtherKindsAndOtherMonths() {
		List<TrendCalculator.Fact> facts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			facts.add(new TrendCalculator.Fact(TrendKind.TOUR_STARTED, LocalDate.of(2026, 3, 1 + i), 1));
		}
		facts.add(new TrendCalculator.Fact(TrendKind.TOUR_COMPLETED, LocalDate.of(2026, 12, 1), 7));
		// before the first month, after today's month, and a kind the trend does not show
		facts.add(new TrendCalculator.Fact(TrendKind.TOUR_STARTED, LocalDate.of(2025, 12, 31), 9));
		facts.add(new TrendCalculator.Fact(TrendKind.TOUR_STARTED, LocalDate.of(2027, 1, 1), 9));
		facts.add(new TrendCalculator.Fact(TrendKind.HIRE, LocalDate.of(2026, 3, 1), 9));

		TrendView trend = this.calculator.trend("tours", "t", List.of(TrendKind.TOUR_STARTED, TrendKind.TOUR_COMPLETED),
				facts, TODAY);

		assertThat(trend.series()).extracting(TrendView.Series::kind)
			.containsExactly(TrendKind.TOUR_STARTED, TrendKind.TOUR_COMPLETED);
		assertThat(trend.series().get(0).values()).isEqualTo(Arrays.asList(0L, 0L, 6L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
		assertThat(trend.series().get(1).values()).isEqualTo(Arrays.asList(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 7L));
	}

	@Test
	void aTrendWhoseEveryCountedMonthIsBlankSaysItShowsNothing() {
		List<TrendCalculator.Fact> sparse = List.of(new TrendCalculator.Fact(TrendKind.TOUR_STARTED, LocalDate.of(2026, 5, 2), 2),
				new TrendCalculator.Fact(TrendKind.TOUR_COMPLETED, LocalDate.of(2026, 9, 2), 4));
		List<TrendKind> tours = List.of(TrendKind.TOUR_STARTED, TrendKind.TOUR_COMPLETED);

		assertThat(this.calculator.trend("tours", "t", tours, sparse, TODAY).allHidden()).isTrue();
		assertThat(this.calculator.trend("tours", "t", tours, List.of(), TODAY).allHidden())
			.as("nothing to count hides nothing").isFalse();
		List<TrendCalculator.Fact> oneShown = new ArrayList<>(sparse);
		oneShown.add(new TrendCalculator.Fact(TrendKind.TOUR_STARTED, LocalDate.of(2026, 6, 2), 5));
		assertThat(this.calculator.trend("tours", "t", tours, oneShown, TODAY).allHidden()).isFalse();
	}

	@Test
	void aMonthOfOneToKLessOnePeopleIsBlankAndSaysSo() {
		List<TrendCalculator.Fact> facts = List.of(new TrendCalculator.Fact(TrendKind.LEAVING, LocalDate.of(2026, 5, 2), 1),
				new TrendCalculator.Fact(TrendKind.LEAVING, LocalDate.of(2026, 6, 2), 4),
				new TrendCalculator.Fact(TrendKind.LEAVING, LocalDate.of(2026, 7, 2), 5));

		TrendView trend = this.calculator.trend("people", "t", List.of(TrendKind.LEAVING), facts, TODAY);

		List<Long> values = trend.series().get(0).values();
		assertThat(values.get(4)).isNull();
		assertThat(values.get(5)).isNull();
		assertThat(values.get(6)).isEqualTo(5L);
		assertThat(values.get(7)).isZero();
		assertThat(trend.anyHidden()).isTrue();
	}

	@Test
	void aBackfilledMonthCountsAllItsPeople() {
		List<TrendCalculator.Fact> facts = List.of(new TrendCalculator.Fact(TrendKind.HIRE, LocalDate.of(2026, 2, 1), 3),
				new TrendCalculator.Fact(TrendKind.HIRE, LocalDate.of(2026, 2, 20), 1),
				new TrendCalculator.Fact(TrendKind.HIRE, LocalDate.of(2026, 2, 28), 1));

		TrendView trend = this.calculator.trend("people", "t", List.of(TrendKind.HIRE), facts, TODAY);

		assertThat(trend.series().get(0).values().get(1)).isEqualTo(5L);
	}

	@Test
	void kIsAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrendCalculator(0));
	}

}
