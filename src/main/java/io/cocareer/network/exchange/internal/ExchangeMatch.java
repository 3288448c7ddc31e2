package io.cocareer.network.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.MatchState;

/** An offer matched to a request: proposed by one item's side, agreed by the other's, then done. */
@Entity
@Table(name = "network_exchange_match")
public class ExchangeMatch {

	@Id
	private UUID id;

	private UUID offerId;

	private UUID requestId;

	@Enumerated(EnumType.STRING)
	private ItemDirection proposedFrom;

	private UUID proposerId;

	@Enumerated(EnumType.STRING)
	private MatchState state;

	private Instant proposedAt;

	private Instant agreedAt;

	private String outcome;

	private LocalDate doneOn;

	private UUID doneBy;

	@Version
	private Long version;

	protected ExchangeMatch() {
		// for JPA
	}

	public ExchangeMatch(UUID offerId, UUID requestId, ItemDirection proposedFrom, UUID proposerId, Instant now) {
		this.id = UUID.randomUUID();
		this.offerId = offerId;
		this.requestId = requestId;
		this.proposedFrom = proposedFrom;
		this.proposerId = proposerId;
		this.state = MatchState.PROPOSED;
		this.proposedAt = now;
	}

	public void agree(Instant now) {
		this.state = MatchState.AGREED;
		this.agreedAt = now;
	}

	public void done(String outcome, LocalDate doneOn, UUID doneBy) {
		this.state = MatchState.DONE;
		this.outcome = outcome;
		this.doneOn = doneOn;
		this.doneBy = doneBy;
	}

	/** For the demo only: the match was proposed, agreed and done earlier. */
	public void backdate(Instant proposedAt, Instant agreedAt, LocalDate doneOn) {
		this.proposedAt = proposedAt;
		this.agreedAt = (this.agreedAt != null) ? agreedAt : null;
		this.doneOn = (this.doneOn != null) ? doneOn : null;
	}

	public void moveTo(MatchState state) {
		this.state = state;
	}

	/** Someone erased proposed it or recorded it: the match stays, naming nobody. */
	public void forget(UUID personId) {
		if (personId.equals(this.proposerId)) {
			this.proposerId = null;
		}
		if (personId.equals(this.doneBy)) {
			this.doneBy = null;
		}
	}

	/** Whether the match is still alive (proposed or agreed). */
	public boolean live() {
		return this.state == MatchState.PROPOSED || this.state == MatchState.AGREED;
	}

	/** The item whose side must accept: the one that did not propose. */
	public UUID answeringItemId() {
		return (this.proposedFrom == ItemDirection.OFFER) ? this.requestId : this.offerId;
	}

	public UUID proposingItemId() {
		return (this.proposedFrom == ItemDirection.OFFER) ? this.offerId : this.requestId;
	}

	public UUID id() {
		return this.id;
	}

	public UUID offerId() {
		return this.offerId;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public ItemDirection proposedFrom() {
		return this.proposedFrom;
	}

	public MatchState state() {
		return this.state;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public Instant agreedAt() {
		return this.agreedAt;
	}

	public String outcome() {
		return this.outcome;
	}

	public LocalDate doneOn() {
		return this.doneOn;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
