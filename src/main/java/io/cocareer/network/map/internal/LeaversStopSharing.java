package io.cocareer.network.map.internal;

import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a talent leaves, their map stays theirs, and what they shared with their manager and the
 * talent leads stops being shared: those people no longer work with them. After the leaving is
 * committed, through the event publication registry; idempotent.
 */
@Component
class LeaversStopSharing {

	private final NetworkShares shares;

	LeaversStopSharing(NetworkShares shares) {
		this.shares = shares;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		this.shares.deleteMapOf(event.personId().value());
	}

}
