package io.cocareer.toolbox.overview;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One trend of the overview over the last 12 months: a series per kind of fact, a count per
 * month. A count of 1 to k − 1 is blank ({@code null}): it would describe fewer than k people.
 * @param key a stable key ({@code tours}, {@code people}), the name of its CSV export
 * @param titleKey the message key of its title
 * @param months the months, oldest first, as {@code yyyy-MM}
 * @param anyHidden whether any count is blank (the page and the export say why)
 */
public record TrendView(String key, String titleKey, List<String> months, List<Series> series, boolean anyHidden) {

	public TrendView {
		months = List.copyOf(months);
		series = List.copyOf(series);
	}

	/**
	 * Whether the trend shows nothing because every month with facts counts fewer than k: the page
	 * says so in words rather than draw an empty chart.
	 */
	public boolean allHidden() {
		return this.anyHidden && this.series.stream()
			.flatMap((s) -> s.values().stream())
			.allMatch((value) -> value == null || value == 0);
	}

	/**
	 * @param values one count a month, {@code null} when blank
	 */
	public record Series(TrendKind kind, String labelKey,
			@io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(
					type = "integer", format = "int64", nullable = true,
					description = "people counted in the month; null when fewer than k")) List<@Nullable Long> values) {

		public Series {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}

	}

}
