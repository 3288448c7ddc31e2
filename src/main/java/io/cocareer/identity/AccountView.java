package io.cocareer.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Role;

public record AccountView(UUID id, String username, String displayName, UUID personId, Set<Role> roles, boolean enabled,
		Instant createdAt) {

}
