package io.cocareer.alumni.exit.web;

import java.util.List;

import io.cocareer.alumni.exit.ExitService;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the exit protocol adds to the platform: a link to the exits for those who start or follow
 * them (the talent lead, managers). A leaver reaches their own protocol from the notice that asks
 * for their consent and their interview.
 */
@Configuration(proxyBeanMethods = false)
class ExitWebContributions {

	@Bean
	NavigationContributor exitNavigation(ExitService exits) {
		return (reader) -> exits.mayStart(reader)
				? List.of(NavigationItem.main("alumni.exit.nav", "/alumni/exits", 60, "alumni")) : List.of();
	}

}
