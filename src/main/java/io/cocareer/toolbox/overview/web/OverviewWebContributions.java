package io.cocareer.toolbox.overview.web;

import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.overview.InfographicService;
import io.cocareer.toolbox.overview.ProgrammeOverviewService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The overview's card on the toolbox page: for the talent lead the programme overview and the
 * infographics; for managers and talents the infographics alone; none for anybody else.
 */
@Configuration(proxyBeanMethods = false)
class OverviewWebContributions {

	@Bean
	PageSectionContributor overviewOnTheToolboxPage(ProgrammeOverviewService overview, InfographicService infographics) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !infographics.mayDownloadGeneric(reader)) {
				return List.of();
			}
			ToolboxCard card = overview.mayRead(reader)
					? ToolboxCard.of("overview-card", 90, "toolbox.overview.card.title", "toolbox.overview.card.text",
							new ToolboxCard.Link("toolbox.overview.card.overview", "/toolbox/overview"),
							new ToolboxCard.Link("toolbox.overview.card.infographic", "/toolbox/infographic"))
					: ToolboxCard.of("overview-card", 90, "toolbox.overview.card.infographic",
							"toolbox.overview.card.textInfographic",
							new ToolboxCard.Link("toolbox.overview.card.infographic", "/toolbox/infographic"));
			return List.of(card.section());
		};
	}

}
