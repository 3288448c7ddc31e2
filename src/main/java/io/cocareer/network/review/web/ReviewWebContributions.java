package io.cocareer.network.review.web;

import java.util.List;

import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;

/**
 * The review's navigation link. Its pages sit under the network's own gate ({@code /network/**},
 * no administrator), and the service refuses anyone but the talent lead: a gate of its own would
 * overlap the network's, and which gate applied would hang on the order of the modules.
 */
@Configuration(proxyBeanMethods = false)
class ReviewWebContributions {

	@Bean
	NavigationContributor networkReviewNavigation(NetworkReviewService review) {
		return (reader) -> review.mayReview(reader)
				? List.of(NavigationItem.main("network.review.nav", "/network/review", 16, "network")) : List.of();
	}

}
