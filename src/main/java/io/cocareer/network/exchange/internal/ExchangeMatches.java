package io.cocareer.network.exchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.network.exchange.MatchState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Matches of offers and requests. */
public interface ExchangeMatches extends JpaRepository<ExchangeMatch, UUID> {

	/** Every match one of these items is in, newest first. */
	default List<ExchangeMatch> involving(Collection<UUID> itemIds) {
		return itemIds.isEmpty() ? List.of() : involvingAny(itemIds);
	}

	@Query("select m from ExchangeMatch m where m.offerId in :itemIds or m.requestId in :itemIds order by m.proposedAt desc, m.id")
	List<ExchangeMatch> involvingAny(Collection<UUID> itemIds);

	@Query("select count(m) from ExchangeMatch m where m.offerId = :offerId and m.requestId = :requestId and m.state in :states")
	long countPair(UUID offerId, UUID requestId, Collection<MatchState> states);

	long countByState(MatchState state);

	List<ExchangeMatch> findByProposerIdOrDoneBy(UUID proposerId, UUID doneBy);

}
