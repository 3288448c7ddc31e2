package io.cocareer.alumni.review.web;

import io.cocareer.alumni.web.AlumniHubCard;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;
import java.util.List;
import java.util.Map;

import io.cocareer.alumni.review.AlumniReviewService;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review's link in the talent lead's bar, and a card on the lead's home with the last 12
 * months' boomerang rate and engagement rate (each when shown). The page sits under the alumni
 * capability's own gate ({@code /alumni/**}); the service refuses anyone but the talent lead.
 */
@Configuration(proxyBeanMethods = false)
class AlumniReviewWebContributions {

	/** The review's card on the alumni page: the talent lead's. */
	@Bean
	PageSectionContributor alumniReviewOnTheAlumniPage(AlumniReviewService review) {
		return (slot, reader, subject) -> (slot == PageSlot.ALUMNI && review.mayReview(reader))
				? List.of(AlumniHubCard.of("review-card", 80, "alumni.review.hub.title", "alumni.review.hub.text",
						new AlumniHubCard.Link("alumni.review.hub.open", "/alumni/review")).section())
				: List.of();
	}

	@Bean
	HomeCardContributor alumniReviewOnTheLeadsHome(AlumniReviewService review) {
		return (home, reader) -> (home == HomePage.LEAD && review.mayReview(reader))
				? List.of(HomeCard.card("alumni-review", 70, "alumni/review/home", "card",
						Map.of("review", review.review(reader, null, null))))
				: List.of();
	}

}
