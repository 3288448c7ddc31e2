package io.cocareer.toolbox;

import java.util.List;

/**
 * Contribution point of the figures: a nested module that has organisation-wide figures to show
 * (the diagnostic's latest result, mentoring pairs, workshop attendance …) implements this as a
 * bean; the programme overview and the infographic draw all of them. Figures are aggregates only
 * (see {@link ToolboxFigure}), so they may be shown to the talent lead and printed.
 */
public interface ToolboxFigures {

	/** The practice or approach these figures belong to, as a section heading's message key. */
	String sectionKey();

	/** The figures as of now, in the order they are shown. */
	List<ToolboxFigure> figures();

}
