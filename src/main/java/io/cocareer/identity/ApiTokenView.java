package io.cocareer.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it: never the secret, which is shown once at creation. */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean isActive() {
		return this.revokedAt == null;
	}

}
