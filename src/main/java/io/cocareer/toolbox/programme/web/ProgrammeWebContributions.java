package io.cocareer.toolbox.programme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.Views.ParticipationView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What development programmes add to other pages: a card on the toolbox page for staff, and on a
 * talent's profile their programmes and progress, for the talent, their manager and the talent
 * lead (the service answers nothing for anybody else).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeWebContributions {

	@Bean
	PageSectionContributor programmesOnTheToolboxPage(ProgrammeService programmes) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !programmes.mayUse(reader)) {
				return List.of();
			}
			List<ToolboxCard.Link> links = new ArrayList<>();
			links.add(new ToolboxCard.Link("toolbox.programme.card.all", "/toolbox/programmes"));
			links.add(new ToolboxCard.Link("toolbox.programme.card.mine", "/toolbox/programmes/mine"));
			return List.of(new ToolboxCard("programmes-card", 60, "toolbox.practice.DEVELOPMENT_PROGRAMMES",
					"toolbox.programme.card.text", links).section());
		};
	}

	@Bean
	PageSectionContributor programmesOnTheTalentProfile(ProgrammeService programmes) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TALENT_PROFILE || subject == null) {
				return List.of();
			}
			List<ParticipationView> of = programmes.of(reader, subject);
			if (of.isEmpty()) {
				return List.of();
			}
			return List.of(new PageSection("profile-programmes", 40, "toolbox/programme/sections", "profile",
					Map.of("participations", of)));
		};
	}

}
