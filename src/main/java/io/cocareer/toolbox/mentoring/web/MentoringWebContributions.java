package io.cocareer.toolbox.mentoring.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.mentoring.MentoringService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What mentoring adds to other pages: its card on the toolbox page for every member of staff (the
 * cohorts, "my mentoring", and for the talent lead a new cohort). The pages sit under the
 * toolbox's staff gate.
 */
@Configuration(proxyBeanMethods = false)
class MentoringWebContributions {

	@Bean
	PageSectionContributor mentoringOnTheToolboxPage(MentoringService mentoring) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !mentoring.mayUse(reader)) {
				return List.of();
			}
			List<ToolboxCard.Link> links = new ArrayList<>();
			links.add(new ToolboxCard.Link("toolbox.mentoring.card.cohorts", "/toolbox/mentoring"));
			links.add(new ToolboxCard.Link("toolbox.mentoring.card.mine", "/toolbox/mentoring/mine"));
			if (mentoring.mayManage(reader)) {
				links.add(new ToolboxCard.Link("toolbox.mentoring.card.new", "/toolbox/mentoring/cohorts/new"));
			}
			return List.of(new ToolboxCard("mentoring-card", 30, "toolbox.practice.MENTORING", "toolbox.mentoring.card.text",
					links).section());
		};
	}

}
