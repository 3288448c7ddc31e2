package io.cocareer.network.review.web;

import java.util.List;
import java.util.Set;

import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review's URL gate (the talent lead; the service refuses anyone else too) and its navigation link. */
@Configuration(proxyBeanMethods = false)
class ReviewWebContributions {

	@Bean
	UrlGateContributor networkReviewUrlGates() {
		return new UrlGateContributor() {
			@Override
			public List<UrlGate> pageGates() {
				return List.of(UrlGate.roles(Set.of(Role.TALENT_LEAD), "/network/review", "/network/review/**"));
			}

		};
	}

	@Bean
	NavigationContributor networkReviewNavigation(NetworkReviewService review) {
		return (reader) -> review.mayReview(reader)
				? List.of(NavigationItem.main("network.review.nav", "/network/review", 16, "network")) : List.of();
	}

}
