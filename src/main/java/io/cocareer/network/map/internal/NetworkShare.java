package io.cocareer.network.map.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;

/** A talent's choice to let their manager or the talent leads read their map or its health. */
@Entity
@Table(name = "network_share")
public class NetworkShare {

	@Id
	private UUID id;

	private UUID talentId;

	@Enumerated(EnumType.STRING)
	private ShareAudience audience;

	@Enumerated(EnumType.STRING)
	private ShareScope scope;

	private Instant sharedAt;

	protected NetworkShare() {
		// for JPA
	}

	public NetworkShare(UUID talentId, ShareAudience audience, ShareScope scope, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.audience = audience;
		this.scope = scope;
		this.sharedAt = now;
	}

	/** The talent widens or narrows what this audience sees. */
	public void rescope(ShareScope scope, Instant now) {
		this.scope = scope;
		this.sharedAt = now;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public ShareAudience audience() {
		return this.audience;
	}

	public ShareScope scope() {
		return this.scope;
	}

	public Instant sharedAt() {
		return this.sharedAt;
	}

}
