package io.cocareer.toolbox.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * One infographic's content, in words, ready to be drawn as SVG or printed as PDF: made from the
 * seeds' content and, in the organisation's variant, the figures of the day with their definitions.
 * @param title what it answers
 * @param intro the paragraph under the title
 * @param blocks its panels, in reading order
 * @param figuresHeading the heading of the figures (empty in the generic variant)
 * @param figures the organisation's figures (none in the generic variant)
 * @param definitionsHeading the heading of the figures' definitions
 * @param dateLine the day it was made, in words
 * @param footer where its content comes from and how to read the figures
 */
public record Infographic(InfographicKind kind, InfographicVariant variant, LocalDate date, String title,
		String intro, List<Block> blocks, String figuresHeading, List<FigureLine> figures, String definitionsHeading, String dateLine,
		String footer) {

	public Infographic {
		blocks = List.copyOf(blocks);
		figures = List.copyOf(figures);
	}

	/**
	 * A panel: a heading, a sentence, and a list (steps, conditions, practices).
	 * @param tone which colour it takes ({@code practice}, {@code approach}, {@code when}, {@code figures})
	 */
	public record Block(String heading, String text, List<String> items, String tone) {

		public Block {
			items = List.copyOf(items);
		}

	}

	/**
	 * One figure on it.
	 * @param value the figure as printed, or why it is blank ("too few to show", "no diagnostic yet")
	 * @param definition what it counts
	 */
	public record FigureLine(String key, String section, String label, String value, boolean blank,
			String definition) {

	}

}
