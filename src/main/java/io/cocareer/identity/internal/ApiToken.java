package io.cocareer.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.identity.ApiTokenView;

/** A personal API token. Only a SHA-256 hash of the secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	private static final java.time.Duration USE_RESOLUTION = java.time.Duration.ofMinutes(1);

	@Id
	private UUID id;

	private UUID accountId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
		// for JPA
	}

	public ApiToken(UUID accountId, String name, String tokenHash, String tokenPrefix, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = now;
	}

	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	/**
	 * Records a use, at most once a minute: "last used" is shown to the minute, and writing the
	 * row on every API call would turn each read into a write.
	 */
	public void used(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minus(USE_RESOLUTION))) {
			this.lastUsedAt = now;
		}
	}

	public UUID accountId() {
		return this.accountId;
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

	public ApiTokenView toView() {
		return new ApiTokenView(this.id, this.name, this.tokenPrefix, this.createdAt, this.lastUsedAt, this.revokedAt);
	}

}
