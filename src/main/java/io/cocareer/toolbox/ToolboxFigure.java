package io.cocareer.toolbox;

/**
 * One organisation-wide figure a part of the toolbox offers the programme overview and the
 * infographic: a count or a rate over the whole organisation, never about one person, and only
 * when it covers a group of at least the configured minimum (otherwise {@code value} is
 * {@code null}: "too few to show").
 * @param key a stable key, such as {@code mentoring.pairs.active}, used in exports and tests
 * @param labelKey the message key of its name
 * @param value the figure, or {@code null} when it would single somebody out or nothing is known
 * @param unit how to read it: a count, a rate in [0, 1], or a score in [0, 1]
 * @param definitionKey the message key of its definition, printed on the infographic
 * @param link the page where it comes from (a review or the practice's home), or {@code null}
 */
public record ToolboxFigure(String key, String labelKey, Double value, Unit unit, String definitionKey,
		String link) {

	public enum Unit {

		COUNT, RATE, SCORE

	}

}
