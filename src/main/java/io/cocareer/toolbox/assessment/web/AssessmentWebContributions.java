package io.cocareer.toolbox.assessment.web;

import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.assessment.AssessmentCentreService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What assessment centres add to other pages: their card on the toolbox page, for the talent lead
 * (with "set up a centre"), the assessors of a centre and the participants with a released report;
 * nobody else sees it.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentWebContributions {

	@Bean
	PageSectionContributor assessmentOnTheToolboxPage(AssessmentCentreService centres) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !centres.mayUse(reader)) {
				return List.of();
			}
			String home = Practice.ASSESSMENT_CENTRES.home();
			ToolboxCard card = centres.maySetUp(reader)
					? ToolboxCard.of("assessment-card", 50, "toolbox.assessment.card.title",
							"toolbox.assessment.card.text", new ToolboxCard.Link("toolbox.assessment.card.open", home),
							new ToolboxCard.Link("toolbox.assessment.card.setUp", home + "#set-up"))
					: ToolboxCard.of("assessment-card", 50, "toolbox.assessment.card.title",
							"toolbox.assessment.card.textStaff",
							new ToolboxCard.Link("toolbox.assessment.card.open", home));
			return List.of(card.section());
		};
	}

}
