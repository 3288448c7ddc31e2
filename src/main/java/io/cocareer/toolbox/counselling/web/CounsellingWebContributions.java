package io.cocareer.toolbox.counselling.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.counselling.CounsellingService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What counselling adds to other pages: its card on the toolbox page, for the staff who take part
 * (my sessions, asking for one; the talent lead also every session and the list of counsellors).
 */
@Configuration(proxyBeanMethods = false)
class CounsellingWebContributions {

	@Bean
	PageSectionContributor counsellingOnTheToolboxPage(CounsellingService counselling) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !counselling.mayUse(reader)) {
				return List.of();
			}
			List<ToolboxCard.Link> links = new ArrayList<>();
			links.add(new ToolboxCard.Link("toolbox.counselling.card.mine", "/toolbox/counselling"));
			links.add(new ToolboxCard.Link("toolbox.counselling.card.request", "/toolbox/counselling/new"));
			if (counselling.isLead(reader)) {
				links.add(new ToolboxCard.Link("toolbox.counselling.card.all", "/toolbox/counselling/all"));
				links.add(new ToolboxCard.Link("toolbox.counselling.card.counsellors", "/toolbox/counselling/counsellors"));
			}
			return List.of(new ToolboxCard("counselling-card", 10, "toolbox.practice.COUNSELLING",
					"toolbox.counselling.card.text", links).section());
		};
	}

}
