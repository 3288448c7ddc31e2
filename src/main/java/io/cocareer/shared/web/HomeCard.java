package io.cocareer.shared.web;

import java.util.Map;

/**
 * A module's part of a home page ({@link HomeCardContributor}): a {@link PageSection} (the
 * fragment of one of the module's own templates) and where on the home it goes. The fragment
 * renders its own column ({@code col-lg-7}, a figure's {@code col-6 col-lg-3}) or a button.
 * @param region where on the home the card goes
 * @param section what renders it
 */
public record HomeCard(Region region, PageSection section) {

	public static HomeCard action(String id, int order, String template, String fragment) {
		return new HomeCard(Region.ACTIONS, new PageSection(id, order, template, fragment, Map.of()));
	}

	public static HomeCard figure(String id, int order, String template, String fragment, Map<String, Object> model) {
		return new HomeCard(Region.FIGURES, new PageSection(id, order, template, fragment, model));
	}

	public static HomeCard card(String id, int order, String template, String fragment, Map<String, Object> model) {
		return new HomeCard(Region.CARDS, new PageSection(id, order, template, fragment, model));
	}

	public enum Region {

		/** Buttons in the page header. */
		ACTIONS,

		/** Key figures in a row under the header. */
		FIGURES,

		/** Cards in the grid of the page. */
		CARDS

	}

}
