package io.cocareer.alumni.exit;

import java.util.Set;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;

import org.jspecify.annotations.Nullable;

/** Section 2: how the alumnus would be kept in touch (private email, channels, cadence); consented by the leaver. */
public record ConnectionSection(@Nullable String email, @Nullable Set<ContactChannel> channels,
		@Nullable ContactCadence cadence) {

	public ConnectionSection {
		channels = (channels == null) ? Set.of() : Set.copyOf(channels);
	}

}
