package io.cocareer.network.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A match of an offer and a request, as one of its two sides sees it (nobody else sees it).
 * @param offerSide the name of the offer's side ("the organisation" is {@code null} with {@code offerFromOrganisation})
 * @param proposedFrom which item's side proposed
 * @param awaitsReader the reader's side is asked to accept or decline it
 * @param mayDecline the reader may decline it (a proposal) or call it off (agreed)
 * @param mayRecordDone the reader may record the exchange as done
 */
public record ExchangeMatchView(UUID id, UUID offerId, String offerTitle, boolean offerFromOrganisation,
		@Nullable String offerSide, UUID requestId, String requestTitle, boolean requestFromOrganisation,
		@Nullable String requestSide, ItemDirection proposedFrom, MatchState state, Instant proposedAt,
		@Nullable Instant agreedAt, @Nullable String outcome, @Nullable LocalDate doneOn, boolean awaitsReader,
		boolean mayDecline, boolean mayRecordDone, long version) {

}
