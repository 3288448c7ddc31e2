package io.cocareer.network.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a match made today (and its two items) back in time, so that the demo's
 * exchanges were proposed, agreed and done over the past weeks. The service makes every match in
 * states it allows; this only changes when.
 */
@Component
public class ExchangeBackdating {

	private final ExchangeItems items;

	private final ExchangeMatches matches;

	private final Clock clock;

	ExchangeBackdating(ExchangeItems items, ExchangeMatches matches, Clock clock) {
		this.items = items;
		this.matches = matches;
		this.clock = clock;
	}

	/** The match was proposed {@code proposedDaysAgo} days ago, agreed a day later, done {@code doneDaysAgo} days ago. */
	@Transactional
	public void backdate(UUID matchId, int proposedDaysAgo, int doneDaysAgo) {
		ExchangeMatch match = this.matches.findById(matchId).orElseThrow();
		var now = this.clock.instant();
		match.backdate(now.minus(Duration.ofDays(proposedDaysAgo)), now.minus(Duration.ofDays(Math.max(0, proposedDaysAgo - 1))),
				LocalDate.now(this.clock).minusDays(doneDaysAgo));
		this.items.findAllById(java.util.List.of(match.offerId(), match.requestId()))
			.forEach((item) -> {
				if (item.createdAt().isAfter(now.minus(Duration.ofDays(proposedDaysAgo)))) {
					item.backdate(now.minus(Duration.ofDays(proposedDaysAgo + 3)));
				}
			});
	}

}
