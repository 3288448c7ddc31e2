package io.cocareer.toolbox.overview.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cocareer.toolbox.overview.TrendKind;
import io.cocareer.toolbox.overview.TrendView;

/**
 * Counts the read model's facts per month over the 12 months up to today's (today's month
 * included), a series per kind; a month's count of 1 to k − 1 is left blank, a zero stays a zero
 * (it singles out nobody). Plain code, no Spring.
 */
public final class TrendCalculator {

	/** How many months a trend covers, today's included. */
	public static final int MONTHS = 12;

	private final int minGroupSize;

	public TrendCalculator(int minGroupSize) {
		if (minGroupSize < 1) {
			throw new IllegalArgumentException("k is at least 1");
		}
		this.minGroupSize = minGroupSize;
	}

	/** One fact of the read model (or several, as a backfilled month counts them). */
	public record Fact(TrendKind kind, LocalDate on, int people) {

	}

	/** The first day of the oldest month a trend covers. */
	public static LocalDate since(LocalDate today) {
		return YearMonth.from(today).minusMonths(MONTHS - 1).atDay(1);
	}

	/** The months of a trend, oldest first. */
	public static List<YearMonth> months(LocalDate today) {
		List<YearMonth> months = new ArrayList<>(MONTHS);
		YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
		for (int i = 0; i < MONTHS; i++) {
			months.add(first.plusMonths(i));
		}
		return months;
	}

	/** The trend of these kinds from the facts; facts outside the 12 months or of other kinds are left out. */
	public TrendView trend(String key, String titleKey, List<TrendKind> kinds, List<Fact> facts, LocalDate today) {
		List<YearMonth> months = months(today);
		YearMonth first = months.get(0);
		YearMonth last = months.get(MONTHS - 1);
		Map<TrendKind, long[]> counts = new EnumMap<>(TrendKind.class);
		for (TrendKind kind : kinds) {
			counts.put(kind, new long[MONTHS]);
		}
		for (Fact fact : facts) {
			long[] series = counts.get(fact.kind());
			YearMonth month = YearMonth.from(fact.on());
			if (series == null || month.isBefore(first) || month.isAfter(last)) {
				continue;
			}
			series[(int) first.until(month, java.time.temporal.ChronoUnit.MONTHS)] += fact.people();
		}
		boolean anyHidden = false;
		List<TrendView.Series> series = new ArrayList<>();
		for (TrendKind kind : kinds) {
			List<Long> values = new ArrayList<>(MONTHS);
			for (long count : counts.get(kind)) {
				boolean hidden = count > 0 && count < this.minGroupSize;
				anyHidden |= hidden;
				values.add(hidden ? null : count);
			}
			series.add(new TrendView.Series(kind, kind.labelKey(), values));
		}
		return new TrendView(key, titleKey, months.stream().map(YearMonth::toString).toList(), series, anyHidden);
	}

}
