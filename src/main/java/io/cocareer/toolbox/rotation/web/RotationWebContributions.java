package io.cocareer.toolbox.rotation.web;

import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.rotation.RotationService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What rotation planning adds to other pages: its card on the toolbox page, for the talent lead
 * (with a link to a new plan) and managers (who read the plans that involve their reports).
 */
@Configuration(proxyBeanMethods = false)
class RotationWebContributions {

	@Bean
	PageSectionContributor rotationOnTheToolboxPage(RotationService rotation) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !rotation.mayUse(reader)) {
				return List.of();
			}
			ToolboxCard card = rotation.mayPlan(reader)
					? ToolboxCard.of("rotation-card", 40, "toolbox.rotation.card.title", "toolbox.rotation.card.text",
							new ToolboxCard.Link("toolbox.rotation.card.open", "/toolbox/rotation"),
							new ToolboxCard.Link("toolbox.rotation.card.new", "/toolbox/rotation/new"))
					: ToolboxCard.of("rotation-card", 40, "toolbox.rotation.card.title",
							"toolbox.rotation.card.textManager",
							new ToolboxCard.Link("toolbox.rotation.card.open", "/toolbox/rotation"));
			return List.of(card.section());
		};
	}

}
