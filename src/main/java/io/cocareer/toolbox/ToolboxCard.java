package io.cocareer.toolbox;

import java.util.List;
import java.util.Map;

import io.cocareer.shared.web.PageSection;

/**
 * A nested module's card on the toolbox page ({@code /toolbox}, {@link
 * io.cocareer.shared.web.PageSlot#TOOLBOX}): what the part is for, in a sentence, and the links the
 * reader may follow there. The module decides who gets its card; the page draws every card alike.
 * @param id the card's element id
 * @param order where it goes among the cards (lower first)
 * @param titleKey the message key of its title
 * @param textKey the message key of its sentence
 * @param links the pages the reader may open, the first the main one
 */
public record ToolboxCard(String id, int order, String titleKey, String textKey, List<Link> links) {

	public ToolboxCard {
		links = List.copyOf(links);
	}

	public static ToolboxCard of(String id, int order, String titleKey, String textKey, Link... links) {
		return new ToolboxCard(id, order, titleKey, textKey, List.of(links));
	}

	/** The card as a section of the toolbox page. */
	public PageSection section() {
		return new PageSection(this.id, this.order, "toolbox/hub-cards", "card", Map.of("card", this));
	}

	/**
	 * A link on a card.
	 * @param labelKey the message key of its text
	 * @param href where it leads
	 */
	public record Link(String labelKey, String href) {

	}

}
