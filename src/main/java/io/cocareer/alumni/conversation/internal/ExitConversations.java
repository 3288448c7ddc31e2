package io.cocareer.alumni.conversation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.alumni.conversation.ConversationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Pre-emptive exit conversations. */
public interface ExitConversations extends JpaRepository<ExitConversation, UUID> {

	List<ExitConversation> findByTalentId(UUID talentId);

	List<ExitConversation> findByHolderId(UUID holderId);

	List<ExitConversation> findByTalentIdOrHolderId(UUID talentId, UUID holderId);

	List<ExitConversation> findByStatusIn(Collection<ConversationStatus> statuses);

	/** The talents who have an open conversation (proposed or scheduled). */
	@Query("""
			select distinct c.talentId from ExitConversation c
			where c.status in (io.cocareer.alumni.conversation.ConversationStatus.PROPOSED,
			                   io.cocareer.alumni.conversation.ConversationStatus.SCHEDULED)""")
	List<UUID> talentsWithAnOpenConversation();

	/** The talents who had a conversation held since the day. */
	@Query("select distinct c.talentId from ExitConversation c where c.heldOn is not null and c.heldOn > :since")
	List<UUID> talentsHeldSince(LocalDate since);

	/** Conversations of the talent that are proposed or scheduled. */
	@Query("""
			select c from ExitConversation c where c.talentId = :talentId
			and c.status in (io.cocareer.alumni.conversation.ConversationStatus.PROPOSED,
			                 io.cocareer.alumni.conversation.ConversationStatus.SCHEDULED)""")
	List<ExitConversation> openOf(UUID talentId);

	/** Conversations with a follow-up of this person's. */
	@Query("select distinct c from ExitConversation c join c.followUps f where f.ownerId = :ownerId")
	List<ExitConversation> withFollowUpsOf(UUID ownerId);

	/** Held conversations with a follow-up not done that is due by the day. */
	@Query("""
			select distinct c from ExitConversation c join c.followUps f
			where c.status = io.cocareer.alumni.conversation.ConversationStatus.HELD
			and f.doneOn is null and f.dueOn <= :day""")
	List<ExitConversation> withFollowUpsDueBy(LocalDate day);

}
