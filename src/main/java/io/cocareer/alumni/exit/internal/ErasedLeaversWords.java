package io.cocareer.alumni.exit.internal;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's words leave the exit protocols: their private email, the interview, the
 * notes, the tour's texts, the handover items and collaboration descriptions of their protocol;
 * where they were someone else's manager or an owner, their id goes. The codes and dates stay,
 * for anonymous counts. Idempotent.
 */
@Component
class ErasedLeaversWords {

	private final ExitProtocols exits;

	ErasedLeaversWords(ExitProtocols exits) {
		this.exits = exits;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.exits.naming(event.personId().value()).forEach((exit) -> exit.eraseWordsOf(event.personId().value()));
	}

}
