package io.cocareer.alumni.review.web;

import java.util.List;
import java.util.Map;

import io.cocareer.alumni.review.AlumniReviewService;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review's link in the talent lead's bar, and a card on the lead's home with the last 12
 * months' boomerang rate and engagement rate (each when shown). The page sits under the alumni
 * capability's own gate ({@code /alumni/**}); the service refuses anyone but the talent lead.
 */
@Configuration(proxyBeanMethods = false)
class AlumniReviewWebContributions {

	@Bean
	NavigationContributor alumniReviewNavigation(AlumniReviewService review) {
		return (reader) -> review.mayReview(reader)
				? List.of(NavigationItem.main("alumni.review.nav", "/alumni/review", 70, "alumni-review")) : List.of();
	}

	@Bean
	HomeCardContributor alumniReviewOnTheLeadsHome(AlumniReviewService review) {
		return (home, reader) -> (home == HomePage.LEAD && review.mayReview(reader))
				? List.of(HomeCard.card("alumni-review", 70, "alumni/review/home", "card",
						Map.of("review", review.review(reader, null, null))))
				: List.of();
	}

}
