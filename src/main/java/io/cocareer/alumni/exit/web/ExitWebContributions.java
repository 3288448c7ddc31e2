package io.cocareer.alumni.exit.web;

import io.cocareer.alumni.exit.ExitReasonService;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.alumni.web.AlumniHubCard;
import java.util.EnumSet;
import java.util.List;

import io.cocareer.alumni.exit.ExitService;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the exit protocol adds to the platform: a link to the exits for those who start or follow
 * them (the talent lead, managers). A leaver reaches their own protocol from the notice that asks
 * for their consent and their interview.
 */
@Configuration(proxyBeanMethods = false)
class ExitWebContributions {

	/**
	 * The API of exits reaches alumni too (a leaver who already left gives their consent and reads
	 * their own protocol); everyone signed in gets an answer from the service, which shows each
	 * only what {@code ExitAccess} lets them (nothing, 404, for administrators and other alumni).
	 */
	@Bean
	UrlGateContributor exitApiGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> apiGates() {
				return List.of(UrlGate.roles(EnumSet.allOf(Role.class), "/api/v1/exits", "/api/v1/exits/**"));
			}

		};
	}

	/** The exits' card on the alumni page, for who starts or follows exits (the lead, managers). */
	@Bean
	PageSectionContributor exitsOnTheAlumniPage(ExitService exits, ExitReasonService reasons) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.ALUMNI || !exits.mayStart(reader)) {
				return List.of();
			}
			List<AlumniHubCard.Link> links = new java.util.ArrayList<>();
			links.add(new AlumniHubCard.Link("alumni.exit.hub.open", "/alumni/exits"));
			links.add(new AlumniHubCard.Link("alumni.exit.hub.start", "/alumni/exits/new"));
			if (reasons.mayConfigure(reader)) {
				links.add(new AlumniHubCard.Link("alumni.exit.hub.reasons", "/alumni/exit-reasons"));
			}
			return List.of(new AlumniHubCard("exits-card", 40, "alumni.exit.hub.title", "alumni.exit.hub.text", links)
				.section());
		};
	}

}
