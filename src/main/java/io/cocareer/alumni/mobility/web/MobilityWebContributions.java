package io.cocareer.alumni.mobility.web;

import java.util.List;
import java.util.Set;
import java.util.Map;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonView;
import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What mobility adds to the platform: a "Mobility" link for everyone who reads the policy (the
 * pages sit under the alumni capability's {@code /mobility} gate); on a talent's home, a card on
 * their career horizon; on the talent lead's home, how many talents are exploring outside.
 */
@Configuration(proxyBeanMethods = false)
class MobilityWebContributions {

	/** The policy is read by alumni too: its API is theirs as well as the staff's (administrators: none). */
	@Bean
	UrlGateContributor mobilityApiGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> apiGates() {
				return List.of(UrlGate.roles(Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ALUMNUS),
						"/api/v1/mobility-policy", "/api/v1/mobility-policy/**"));
			}

		};
	}

	@Bean
	NavigationContributor mobilityNavigation(MobilityPolicyService policy) {
		return (reader) -> policy.mayRead(reader)
				? List.of(NavigationItem.main("alumni.mobility.nav", "/mobility", 70, "mobility")) : List.of();
	}

	@Bean
	HomeCardContributor mobilityHomeCards(MobilityPolicyService policy, CareerHorizonService horizons) {
		return (home, reader) -> {
			if (home == HomePage.TALENT && horizons.mayHaveHorizon(reader)) {
				HorizonView mine = horizons.mine(reader).orElse(null);
				return List.of(HomeCard.card("career-horizon-card", 60, "alumni/mobility/sections", "horizonCard",
						(mine != null) ? Map.of("horizon", mine) : Map.of()));
			}
			if (home == HomePage.LEAD && horizons.readsAll(reader)) {
				List<HorizonView> all = horizons.list(reader);
				return List.of(HomeCard.card("career-horizons-card", 60, "alumni/mobility/sections", "leadCard",
						Map.of("outside", all.stream().filter(HorizonView::exploringOutside).count(), "total", all.size())));
			}
			return List.of();
		};
	}


}
