package io.cocareer.alumni.web;

import java.util.List;
import java.util.Map;

import io.cocareer.shared.web.PageSection;

/**
 * A nested module's card on the alumni programme's page ({@code /alumni}, {@link
 * io.cocareer.shared.web.PageSlot#ALUMNI}): what the part is for, in a sentence, and the links the
 * reader may follow there. The module decides who gets its card; the page draws every card alike.
 * @param id the card's element id
 * @param order where it goes among the cards (lower first), in the order of the seeds' steps
 * @param titleKey the message key of its title
 * @param textKey the message key of its sentence
 * @param links the pages the reader may open, the first the main one
 */
public record AlumniHubCard(String id, int order, String titleKey, String textKey, List<Link> links) {

	public AlumniHubCard {
		links = List.copyOf(links);
	}

	public static AlumniHubCard of(String id, int order, String titleKey, String textKey, Link... links) {
		return new AlumniHubCard(id, order, titleKey, textKey, List.of(links));
	}

	/** The card as a section of the alumni page. */
	public PageSection section() {
		return new PageSection(this.id, this.order, "alumni/hub-cards", "card", Map.of("card", this));
	}

	/**
	 * A link on a card.
	 * @param labelKey the message key of its text
	 * @param href where it leads
	 */
	public record Link(String labelKey, String href) {

	}

}
