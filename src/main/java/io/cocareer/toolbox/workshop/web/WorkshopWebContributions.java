package io.cocareer.toolbox.workshop.web;

import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.workshop.WorkshopService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What workshops add to other pages: their card on the toolbox page ({@code /toolbox}) for staff
 * who take part in workshops, with a link to create one for the talent lead. The pages sit under
 * the toolbox's gate.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopWebContributions {

	@Bean
	PageSectionContributor workshopsOnTheToolboxPage(WorkshopService workshops) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !workshops.mayUse(reader)) {
				return List.of();
			}
			ToolboxCard.Link open = new ToolboxCard.Link("toolbox.workshop.card.open", "/toolbox/workshops");
			ToolboxCard card = workshops.mayCreate(reader)
					? ToolboxCard.of("workshops-card", 20, "toolbox.workshop.card.title", "toolbox.workshop.card.text",
							open, new ToolboxCard.Link("toolbox.workshop.card.create", "/toolbox/workshops/new"))
					: ToolboxCard.of("workshops-card", 20, "toolbox.workshop.card.title", "toolbox.workshop.card.text",
							open);
			return List.of(card.section());
		};
	}

}
