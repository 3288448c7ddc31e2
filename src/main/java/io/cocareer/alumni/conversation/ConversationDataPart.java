package io.cocareer.alumni.conversation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.conversation.internal.ExitConversation;
import io.cocareer.alumni.conversation.internal.ExitConversations;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The conversation module's part of an alumnus' data download: the pre-emptive exit conversations
 * held with them, as they read them as a talent (dates, intention, horizon, the value still to
 * create, the follow-ups and which of them were theirs to do). Nothing of anyone else: who held
 * them is said by kind (the talent lead, their manager), and the owners of others' follow-ups
 * are not named; conversations they held with someone else are that person's.
 */
@Component
class ConversationDataPart implements AlumnusDataPart {

	private final ExitConversations conversations;

	ConversationDataPart(ExitConversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public String name() {
		return "conversation";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public @Nullable Object of(PersonId personId) {
		UUID me = personId.value();
		List<ConversationData> mine = this.conversations.findByTalentId(me)
			.stream()
			.sorted(Comparator.comparing(ExitConversation::createdAt).reversed())
			.map((c) -> new ConversationData(c.id(), c.prompt(), c.status(), c.holderKind(), c.dueOn(), c.scheduledOn(),
					c.heldOn(), c.intention(), c.horizonMonths(), c.collaborations(), c.referrals(),
					c.clientRelationships(), c.knowledgeTransfer(), c.closedOn(),
					c.followUps()
						.stream()
						.map((f) -> new FollowUpData(f.what(), me.equals(f.ownerId()), f.dueOn(), f.doneOn()))
						.toList()))
			.toList();
		return mine.isEmpty() ? null : Map.of("conversations", mine);
	}

	/** One conversation held (or to be held) with them. */
	record ConversationData(UUID id, Prompt prompt, ConversationStatus status, HolderKind heldBy,
			@Nullable LocalDate dueOn, @Nullable LocalDate scheduledOn, @Nullable LocalDate heldOn,
			@Nullable Intention intention, @Nullable Integer horizonMonths, @Nullable String collaborations,
			@Nullable String referrals, @Nullable String clientRelationships, @Nullable String knowledgeTransfer,
			@Nullable LocalDate closedOn, List<FollowUpData> followUps) {

	}

	/** A follow-up agreed: what, whether it was theirs to do, by when, when done. */
	record FollowUpData(@Nullable String what, boolean yours, LocalDate dueOn, @Nullable LocalDate doneOn) {

	}

}
