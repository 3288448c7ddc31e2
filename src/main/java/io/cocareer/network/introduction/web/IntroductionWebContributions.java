package io.cocareer.network.introduction.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.network.introduction.IntroductionService;
import io.cocareer.network.introduction.IntroductionView;
import io.cocareer.network.introduction.MyIntroductions;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What introductions add to other pages: on the homes of the talent, a manager and the talent
 * lead, "Introductions asked of you" when someone waits for the reader as broker; on the reader's
 * own network page, their open introductions with their state. The pages live under
 * {@code /network/}, whose URL gate the map's module contributes; the service keeps each reader to
 * their own.
 */
@Configuration(proxyBeanMethods = false)
class IntroductionWebContributions {

	private static final Set<HomePage> STAFF_HOMES = Set.of(HomePage.TALENT, HomePage.MANAGER, HomePage.LEAD);

	/** Most introductions a card lists; the page lists all. */
	static final int LISTED = 5;

	@Bean
	HomeCardContributor introductionHomeCards(IntroductionService introductions) {
		return (home, reader) -> {
			if (!STAFF_HOMES.contains(home) || !introductions.mayTakePart(reader)) {
				return List.of();
			}
			List<IntroductionView> waiting = introductions.mine(reader).waitingForMe();
			if (waiting.isEmpty()) {
				return List.of();
			}
			return List.of(HomeCard.card("introductions-asked-of-you", 35, "network/introduction/sections", "askedOfYou",
					Map.of("waiting", waiting.stream().limit(LISTED).toList(), "count", waiting.size())));
		};
	}

	@Bean
	PageSectionContributor introductionNetworkSection(IntroductionService introductions) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.NETWORK_MAP || !introductions.mayTakePart(reader)) {
				return List.of();
			}
			MyIntroductions mine = introductions.mine(reader);
			return List.of(new PageSection("my-introductions", 40, "network/introduction/sections", "onMyNetwork",
					Map.of("open", mine.openAsked(), "waiting", mine.waitingForMe().size())));
		};
	}

}
