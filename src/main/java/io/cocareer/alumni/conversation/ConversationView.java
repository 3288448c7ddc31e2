package io.cocareer.alumni.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PrivateData;

/**
 * A pre-emptive exit conversation as its readers (the talent, the talent lead, the holder) see it,
 * with what the reader may do.
 * @param holderId the person holding it; {@code null} while any talent lead may
 * @param dueOn by when a proposed conversation should be held
 * @param overdue a proposal past its due date, a date past without a record, or a follow-up late
 * @param version the revision read, to send back with a change
 */
@PrivateData
public record ConversationView(UUID id, UUID talentId, String talentName, HolderKind holderKind,
		@Nullable UUID holderId, @Nullable String holderName, Prompt prompt, ConversationStatus status,
		@Nullable LocalDate dueOn, @Nullable LocalDate scheduledOn, @Nullable LocalDate heldOn,
		@Nullable Intention intention, @Nullable Integer horizonMonths, @Nullable String collaborations,
		@Nullable String referrals, @Nullable String clientRelationships, @Nullable String knowledgeTransfer,
		@Nullable LocalDate closedOn, boolean overdue, List<FollowUpView> followUps, long version, boolean mayEdit,
		boolean mayClose, boolean mayChooseHolder) {

	/** The date the worklist goes by: the day it is scheduled, else the day it is due. */
	public @Nullable LocalDate when() {
		if (this.status == ConversationStatus.HELD || this.status == ConversationStatus.CLOSED) {
			return this.heldOn;
		}
		return (this.scheduledOn != null) ? this.scheduledOn : this.dueOn;
	}

	public long openFollowUps() {
		return this.followUps.stream().filter((f) -> !f.done()).count();
	}

}
