package io.cocareer.alumni.conversation.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a talent leaves, their conversations still to be held are cancelled (held ones stay, for
 * the exit protocol); when a holder leaves, the talent lead holds theirs again. When a person is
 * erased, the texts of their conversations go (intentions, horizon, sections, follow-ups' words):
 * the dates and the counts stay; where they held a conversation or owned a follow-up of someone
 * else's, they are no longer named. After commit, through the event publication registry;
 * idempotent.
 */
@Component
class ConversationPeopleLeave {

	private final ExitConversations conversations;

	ConversationPeopleLeave(ExitConversations conversations) {
		this.conversations = conversations;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		this.conversations.findByTalentId(personId).forEach((c) -> c.cancel(event.leftOn()));
		this.conversations.findByHolderId(personId)
			.stream()
			.filter((c) -> c.status().live())
			.forEach(ExitConversation::forgetHolder);
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.conversations.findByTalentId(personId).forEach(ExitConversation::eraseTexts);
		this.conversations.findByHolderId(personId).forEach(ExitConversation::forgetHolder);
		Set<ExitConversation> owning = new HashSet<>(this.conversations.withFollowUpsOf(personId));
		owning.forEach((c) -> c.followUps()
			.stream()
			.filter((f) -> personId.equals(f.ownerId()))
			.forEach(FollowUp::forgetOwner));
	}

}
