package io.cocareer.alumni.entry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.alumni.entry.EntryService;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the entry step adds to the homes: to staff who have not yet said they read it, a card
 * inviting them to the alumni welcome; to the talent lead, a card leading to the coverage of new
 * hires. The pages sit under the alumni capability's {@code /alumni} gate.
 */
@Configuration(proxyBeanMethods = false)
class EntryWebContributions {

	private static final Set<HomePage> STAFF_HOMES = Set.of(HomePage.TALENT, HomePage.MANAGER, HomePage.LEAD);

	@Bean
	HomeCardContributor entryHomeCards(EntryService entry) {
		return (home, reader) -> {
			if (!STAFF_HOMES.contains(home)) {
				return List.of();
			}
			List<HomeCard> cards = new ArrayList<>();
			if (entry.showsCard(reader)) {
				cards.add(HomeCard.card("alumni-welcome-card", 55, "alumni/entry/sections", "welcomeCard", Map.of()));
			}
			if (home == HomePage.LEAD && entry.mayReadCoverage(reader)) {
				cards.add(HomeCard.card("alumni-entry-coverage-card", 62, "alumni/entry/sections", "coverageCard", Map.of()));
			}
			return cards;
		};
	}

}
