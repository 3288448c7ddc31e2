package io.cocareer.alumni.exit.web;

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

	@Bean
	NavigationContributor exitNavigation(ExitService exits) {
		return (reader) -> exits.mayStart(reader)
				? List.of(NavigationItem.main("alumni.exit.nav", "/alumni/exits", 60, "alumni")) : List.of();
	}

}
