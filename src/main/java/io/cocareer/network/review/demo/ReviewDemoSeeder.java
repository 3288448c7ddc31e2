package io.cocareer.network.review.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;

import org.springframework.stereotype.Component;

/**
 * Last month's review figures for the demo: the whole organisation as the generated maps had it,
 * kept before the network seeder replaces ten of them with their stories, so that the lead's
 * review shows how the figures moved since. Runs before the network seeder (order −10).
 */
@Component
class ReviewDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ReviewDemoSeeder.class);

	private final NetworkReviewService review;

	private final Clock clock;

	ReviewDemoSeeder(NetworkReviewService review, Clock clock) {
		this.review = review;
		this.clock = clock;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate lastMonth = LocalDate.now(this.clock).minusMonths(1).withDayOfMonth(1);
		if (this.review.recordMonth(demo.lead(), lastMonth)) {
			log.info("Demo network review: the figures of {} kept for the trends", lastMonth);
		}
	}

	@Override
	public int getOrder() {
		return -10;
	}

}
