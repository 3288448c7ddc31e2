package io.cocareer.alumni.conversation.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cocareer.alumni.conversation.ConversationView;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What exit conversations add to other pages: on the homes of the talent lead, a manager and a
 * talent, a card with how many conversations the reader reads are still running (and how many are
 * overdue), linking to the worklist; none when there is none. The pages sit under the alumni gate.
 */
@Configuration(proxyBeanMethods = false)
class ConversationWebContributions {

	private static final Set<HomePage> STAFF_HOMES = Set.of(HomePage.TALENT, HomePage.MANAGER, HomePage.LEAD);

	@Bean
	HomeCardContributor conversationHomeCards(ExitConversationService conversations) {
		return (home, reader) -> {
			if (!STAFF_HOMES.contains(home) || !conversations.mayUse(reader)) {
				return List.of();
			}
			List<ConversationView> running = conversations.worklist(reader);
			if (running.isEmpty()) {
				return List.of();
			}
			long overdue = running.stream().filter(ConversationView::overdue).count();
			return List.of(HomeCard.card("exit-conversations", 45, "alumni/conversation/sections", "worklist",
					Map.of("count", running.size(), "overdue", overdue)));
		};
	}

}
