package io.cocareer.alumni.conversation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as its holder (or the talent lead) saves it: its date, and once held its record.
 * A {@code heldOn} date records it as held (the intention and the horizon are then needed).
 * @param holder {@code null} leaves the holder as it is
 */
public record UpdateConversation(@Nullable LocalDate scheduledOn, @Nullable HolderKind holder,
		@Nullable LocalDate heldOn, @Nullable Intention intention, @Nullable Integer horizonMonths,
		@Nullable String collaborations, @Nullable String referrals, @Nullable String clientRelationships,
		@Nullable String knowledgeTransfer) {

}
