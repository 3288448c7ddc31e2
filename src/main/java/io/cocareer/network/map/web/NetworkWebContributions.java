package io.cocareer.network.map.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.network.map.NetworkService;
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
 * What the network module adds to the platform's pages: its URL gate (staff with a person; the
 * service then keeps each to their own map), its navigation link and the talent's home card. The
 * API under {@code /api/v1/me/} is every signed-in user's (identity gates it); the service
 * refuses an alumnus or an account that is not a person's.
 */
@Configuration(proxyBeanMethods = false)
class NetworkWebContributions {

	/** Whoever keeps a map (alumni keep theirs); the service refuses an account that is not a person's. */
	private static final Set<Role> KEEPERS = Set.of(Role.TALENT, Role.MANAGER, Role.TALENT_LEAD, Role.ALUMNUS);

	@Bean
	UrlGateContributor networkUrlGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> pageGates() {
				return List.of(UrlGate.roles(KEEPERS, "/network", "/network/**"));
			}

		};
	}

	@Bean
	NavigationContributor networkNavigation(NetworkService network) {
		return (reader) -> network.mayKeepAMap(reader)
				? List.of(NavigationItem.main("network.nav.myNetwork", "/network", 15, "network")) : List.of();
	}

	@Bean
	HomeCardContributor networkHomeCards(NetworkService network) {
		return (home, reader) -> (home == HomePage.TALENT && network.mayKeepAMap(reader))
				? List.of(HomeCard.card("my-network", 30, "network/home", "myNetwork",
						Map.of("size", network.myMap(reader).developers().size())))
				: List.of();
	}

}
