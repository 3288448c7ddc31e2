package io.cocareer.alumni.mobility;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PrivateData;

/**
 * A talent's confidential career horizon, as its reader may see it.
 * @param name the talent's name; {@code unit} their unit
 * @param sharedWithManager whether the talent shares it with their manager
 */
@PrivateData
public record HorizonView(UUID personId, String name, @Nullable String unit, HorizonKind kind,
		@Nullable Integer withinMonths, @Nullable String note, boolean sharedWithManager, Instant updatedAt,
		long version) {

	public boolean exploringOutside() {
		return this.kind == HorizonKind.EXPLORING_OUTSIDE;
	}

}
