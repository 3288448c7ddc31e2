package io.cocareer.network.map.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Two developers of one map who know each other; stored once, the smaller id first. */
@Entity
@Table(name = "network_tie")
public class DeveloperTie {

	@Id
	private UUID id;

	private UUID talentId;

	private UUID oneId;

	private UUID otherId;

	private Instant createdAt;

	protected DeveloperTie() {
		// for JPA
	}

	public DeveloperTie(UUID talentId, UUID a, UUID b, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		boolean ordered = a.compareTo(b) < 0;
		this.oneId = ordered ? a : b;
		this.otherId = ordered ? b : a;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public UUID oneId() {
		return this.oneId;
	}

	public UUID otherId() {
		return this.otherId;
	}

}
