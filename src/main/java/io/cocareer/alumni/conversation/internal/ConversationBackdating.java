package io.cocareer.alumni.conversation.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a conversation and its follow-ups back in time by some days, so that
 * what was played today through the service reads as held weeks or months ago.
 */
@Component
public class ConversationBackdating {

	private final ExitConversations conversations;

	ConversationBackdating(ExitConversations conversations) {
		this.conversations = conversations;
	}

	@Transactional
	public void backdate(UUID conversationId, int days) {
		this.conversations.findById(conversationId).ifPresent((c) -> c.backdate(days));
	}

}
