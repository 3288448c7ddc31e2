package io.cocareer.toolbox.guidance.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cocareer.shared.web.PageGuidanceContributor;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.guidance.GuidanceService;
import io.cocareer.toolbox.guidance.StepGuide;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the guidance adds to other pages: its card on the toolbox page for staff, and on every page
 * that carries out a step of an approach, a collapsed aside with that step (its number, what it
 * means, how the app does it, and for the talent lead where it stands), linking to the approach's
 * checklist.
 */
@Configuration(proxyBeanMethods = false)
class GuidanceWebContributions {

	@Bean
	PageSectionContributor guidanceOnTheToolboxPage(GuidanceService guidance) {
		return (slot, reader, subject) -> (slot == PageSlot.TOOLBOX && guidance.mayRead(reader))
				? List.of(ToolboxCard.of("guidance-card", 10, "toolbox.guidance.card.title", "toolbox.guidance.card.text",
						new ToolboxCard.Link("toolbox.guidance.card.open", "/toolbox/guidance"),
						new ToolboxCard.Link("toolbox.guidance.card.tours", Approach.TOURS_OF_DUTY.guidance()),
						new ToolboxCard.Link("toolbox.guidance.card.networks", Approach.OPEN_DEVELOPMENTAL_NETWORKS.guidance()),
						new ToolboxCard.Link("toolbox.guidance.card.alumni", Approach.ALUMNI_AND_BOOMERANGS.guidance()))
					.section())
				: List.of();
	}

	@Bean
	PageGuidanceContributor guidanceBesideThePages(GuidanceService guidance) {
		return (path, reader) -> {
			List<StepGuide> steps = guidance.carriedOutAt(reader, path);
			if (steps.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new PageSection("page-guidance", 0, "toolbox/guidance/aside", "aside",
					Map.of("steps", steps, "maySeeProgress", guidance.maySeeProgress(reader))));
		};
	}

}
