package io.cocareer.toolbox.overview;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.ToolboxFigure;

/**
 * One organisation-wide figure of the overview and the infographic: an aggregate, never about one
 * person. A figure without a value says why ({@code noteKey}): too few people to show it, or
 * nothing known yet (no diagnostic).
 * @param key a stable key, e.g. {@code tours.active}, used in exports and tests
 * @param sectionKey the message key of the section it is shown under
 * @param labelKey the message key of its name
 * @param value the figure, or {@code null} when blank
 * @param unit a count, a rate in [0, 1] or a score in [0, 1]
 * @param definitionKey the message key of its definition (printed on the infographic)
 * @param link where it comes from, or {@code null}
 * @param noteKey why it is blank, or {@code null} when it has a value
 * @param band the diagnostic's band for a fit, or {@code null}
 */
public record OrganisationFigure(String key, String sectionKey, String labelKey, @Nullable Double value,
		ToolboxFigure.Unit unit, String definitionKey, @Nullable String link, @Nullable String noteKey,
		@Nullable FitBand band) {

	/** Why a figure is blank: it would describe fewer than k people. */
	public static final String TOO_FEW = "toolbox.overview.note.tooFew";

	/** Why a figure is blank: no diagnostic has been made yet. */
	public static final String NO_DIAGNOSTIC = "toolbox.overview.note.noDiagnostic";

	/** Why a figure is blank: its source did not give it (hidden there, or not known). */
	public static final String NOT_KNOWN = "toolbox.overview.note.notKnown";

	public boolean blank() {
		return this.value == null;
	}

	/** The value as it is printed: a count whole, a rate in per cent with one decimal, a score with two; "" when blank. */
	public String text() {
		return format(this.value, this.unit);
	}

	public static String format(@Nullable Double value, ToolboxFigure.Unit unit) {
		if (value == null) {
			return "";
		}
		return switch (unit) {
			case COUNT -> String.valueOf(Math.round(value));
			case RATE -> String.format(Locale.ROOT, "%.1f %%", value * 100);
			case SCORE -> String.format(Locale.ROOT, "%.2f", value);
		};
	}

}
