package io.cocareer.alumni.reentry.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.RepatriationService;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What re-entry adds to the platform: a link in the bar (the evaluators' list for managers, the
 * portal page for an alumnus; the talent lead's bar is full, so the lead's way in is a card on the
 * programme overview), a card on the alumnus' home and on a boomerang's
 * own home (their repatriation plan), and the boomerang mark on a talent's profile page (the
 * people directory's person page has no slot for other modules to fill). The URL gates are the
 * alumni module's ({@code /alumni/**}, {@code /portal/**}). The API of requests lets alumni in as
 * well as staff (an alumnus asks and reads their own request there): its service decides who
 * reads what, and answers 404 to everybody else, administrators included; rehires and plans keep
 * the API's staff gate.
 */
@Configuration(proxyBeanMethods = false)
class ReentryWebContributions {

	@Bean
	UrlGateContributor reentryApiGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> apiGates() {
				return List.of(UrlGate.roles(Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ALUMNUS, Role.ADMIN),
						"/api/v1/reentry-requests", "/api/v1/reentry-requests/**"));
			}

		};
	}

	@Bean
	NavigationContributor reentryNavigation(ReentryService reentry) {
		return (reader) -> {
			// the talent lead's bar is full (its last link would wrap out of the bar): the lead comes
			// here from the programme overview's card instead
			if (reentry.mayListEvaluations(reader) && !reentry.isLead(reader)) {
				return List.of(NavigationItem.main("alumni.reentry.navEvaluators", "/alumni/reentry", 62, "alumni-reentry"));
			}
			if (reentry.mayAsk(reader)) {
				return List.of(NavigationItem.main("alumni.reentry.nav", "/portal/return", 62, "portal-return"));
			}
			return List.of();
		};
	}

	@Bean
	HomeCardContributor reentryHomeCards(ReentryService reentry, RepatriationService repatriation) {
		return (home, reader) -> {
			if (home == HomePage.LEAD && reentry.isLead(reader)) {
				return List.of(HomeCard.card("returns", 65, "alumni/reentry/sections", "returns",
						Map.of("requests", reentry.evaluations(reader))));
			}
			if (home == HomePage.ALUMNUS && reentry.mayAsk(reader)) {
				return List.of(HomeCard.card("come-back", 60, "alumni/reentry/sections", "comeBack",
						Map.of("requests", reentry.mine(reader))));
			}
			if (home == HomePage.TALENT) {
				return repatriation.myPlan(reader)
					.map((plan) -> List.of(HomeCard.card("my-return", 5, "alumni/reentry/sections", "myReturn",
							Map.of("plan", plan))))
					.orElse(List.of());
			}
			return List.of();
		};
	}

	@Bean
	PageSectionContributor boomerangMark(RepatriationService repatriation) {
		return (slot, reader, subject) -> (slot == PageSlot.TALENT_PROFILE && subject != null && reader.isStaff()
				&& repatriation.isBoomerang(subject))
						? List.of(new PageSection("boomerang-mark", 1, "alumni/reentry/sections", "boomerangMark",
								Map.of("personId", subject)))
						: List.of();
	}

}
