package io.cocareer.alumni.conversation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PrivateData;

/**
 * What the talent's last held conversation said about the value that can still be created, for
 * the exit protocol. Each section is the holder's free text, or {@code null}.
 */
@PrivateData
public record ValueStillToCreate(UUID conversationId, UUID talentId, LocalDate heldOn,
		@Nullable Intention intention, @Nullable String collaborations, @Nullable String referrals,
		@Nullable String clientRelationships, @Nullable String knowledgeTransfer, int openFollowUps) {

}
