package io.cocareer.network.plan.web;

import java.util.List;
import java.util.Map;

import io.cocareer.network.plan.ActivityStatus;
import io.cocareer.network.plan.FundService;
import io.cocareer.network.plan.PlanService;
import io.cocareer.network.plan.PlanView;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the plan adds to other pages: a card on the talent's own network page summing up their
 * plan and fund, and a card on the talent lead's home leading to the funds (the navigation bar
 * stays as it is: the lead reaches the funds from their home). The pages themselves sit under
 * {@code /network/}, whose gate the map's contributions set; the services keep each to their own.
 */
@Configuration(proxyBeanMethods = false)
class PlanWebContributions {

	@Bean
	PageSectionContributor planOnTheNetworkPage(PlanService plans) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.NETWORK_MAP || !plans.mayKeepAPlan(reader)) {
				return List.of();
			}
			PlanView plan = plans.myPlan(reader);
			PlanPage.Amounts money = new PlanPage.Amounts(plans.currency(), LocaleContextHolder.getLocale());
			return List.of(new PageSection("my-plan", 20, "network/plan/sections", "planCard",
					Map.of("planned", plan.of(ActivityStatus.PLANNED).size(), "done", plan.of(ActivityStatus.DONE).size(),
							"gapsOpen", plan.gapsWithoutActivity().size(), "gaps", plan.gaps().size(), "fund", plan.fund(),
							"money", money)));
		};
	}

	@Bean
	HomeCardContributor fundsOnTheLeadsHome(FundService funds) {
		return (home, reader) -> (home == HomePage.LEAD && funds.mayManageFunds(reader))
				? List.of(HomeCard.card("network-funds", 60, "network/plan/sections", "fundsCard",
						Map.of("year", String.valueOf(funds.thisYear()))))
				: List.of();
	}

}
