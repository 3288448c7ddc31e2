package io.cocareer.toolbox.diagnostic.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.toolbox.ToolboxCard;
import io.cocareer.toolbox.diagnostic.DiagnosticService;
import io.cocareer.toolbox.diagnostic.DiagnosticView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the diagnostic adds to other pages: its card on the toolbox page, for the talent lead (run a
 * diagnostic, see them all), for a respondent with answers still to give (answer yours), and for
 * anybody who may see a diagnostic (its results); nobody else gets it.
 */
@Configuration(proxyBeanMethods = false)
class DiagnosticWebContributions {

	@Bean
	PageSectionContributor diagnosticOnTheToolboxPage(DiagnosticService diagnostics) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.TOOLBOX || !diagnostics.mayUse(reader)) {
				return List.of();
			}
			List<ToolboxCard.Link> links = new ArrayList<>();
			if (diagnostics.mayCreate(reader)) {
				links.add(new ToolboxCard.Link("toolbox.diagnostic.card.all", "/toolbox/diagnostic"));
				links.add(new ToolboxCard.Link("toolbox.diagnostic.card.run", "/toolbox/diagnostic/new"));
				return List.of(card("toolbox.diagnostic.card.text.lead", links).section());
			}
			List<DiagnosticView> toAnswer = diagnostics.awaitingMyAnswers(reader);
			if (!toAnswer.isEmpty()) {
				links.add(new ToolboxCard.Link("toolbox.diagnostic.card.all", "/toolbox/diagnostic"));
				links.add(new ToolboxCard.Link("toolbox.diagnostic.card.answer",
						"/toolbox/diagnostic/" + toAnswer.get(0).id() + "/answers"));
				return List.of(card("toolbox.diagnostic.card.text.respondent", links).section());
			}
			if (!diagnostics.list(reader).isEmpty()) {
				links.add(new ToolboxCard.Link("toolbox.diagnostic.card.results", "/toolbox/diagnostic"));
				return List.of(card("toolbox.diagnostic.card.text.reader", links).section());
			}
			return List.of();
		};
	}

	private static ToolboxCard card(String textKey, List<ToolboxCard.Link> links) {
		return new ToolboxCard("diagnostic-card", 10, "toolbox.diagnostic.card.title", textKey, links);
	}

}
