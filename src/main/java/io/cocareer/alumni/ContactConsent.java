package io.cocareer.alumni;

import java.time.Instant;
import java.util.Set;

/**
 * What a leaver agreed to at exit: to be contacted at this private email, through these channels,
 * this often. Given at a time, withdrawable at any time after (then all contact stops at once).
 */
public record ContactConsent(String email, Set<ContactChannel> channels, ContactCadence cadence, Instant givenAt) {

	public ContactConsent {
		// a form or JSON body can leave the channels out or carry an empty value: no channel
		channels = (channels == null) ? Set.of()
				: channels.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
