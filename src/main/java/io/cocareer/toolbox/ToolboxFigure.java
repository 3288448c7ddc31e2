package io.cocareer.toolbox;

import org.jspecify.annotations.Nullable;

/**
 * One organisation-wide figure a part of the toolbox offers the programme overview and the
 * infographic: a count or a rate over the whole organisation, never about one person, and only
 * when it covers a group of at least the configured minimum (otherwise {@code value} is
 * {@code null}, and {@code blank} says why: too few to show, or nothing to count yet).
 * @param key a stable key, such as {@code mentoring.pairs.active}, used in exports and tests
 * @param labelKey the message key of its name
 * @param value the figure, or {@code null} when it would single somebody out or nothing is known
 * @param unit how to read it: a count, a rate in [0, 1], or a score in [0, 1]
 * @param definitionKey the message key of its definition, printed on the infographic
 * @param link the page where it comes from (a review or the practice's home), or {@code null}
 * @param blank why the value is {@code null} ({@link Blank#NOT_YET} unless said), {@code null} with a value
 */
public record ToolboxFigure(String key, String labelKey, @Nullable Double value, Unit unit, String definitionKey,
		@Nullable String link, @Nullable Blank blank) {

	public ToolboxFigure {
		blank = (value != null) ? null : (blank != null) ? blank : Blank.NOT_YET;
	}

	/** A figure whose {@code null} value means that there is nothing to count yet. */
	public ToolboxFigure(String key, String labelKey, @Nullable Double value, Unit unit, String definitionKey,
			@Nullable String link) {
		this(key, labelKey, value, unit, definitionKey, link, null);
	}

	/** This figure, or, unless it may be shown, the same figure left blank because it covers too few people. */
	public ToolboxFigure tooFewUnless(boolean shown) {
		return shown ? this
				: new ToolboxFigure(this.key, this.labelKey, null, this.unit, this.definitionKey, this.link, Blank.TOO_FEW);
	}

	/** Why a figure has no value. */
	public enum Blank {

		/** It would describe fewer people than the minimum group size, so it could single somebody out. */
		TOO_FEW,

		/** There is nothing to count yet (no diagnostic, no feedback, no cohort ended). */
		NOT_YET

	}

	public enum Unit {

		COUNT, RATE, SCORE

	}

}
