package io.cocareer.alumni.entry.internal;

import io.cocareer.alumni.entry.EntryService;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonHired;
import io.cocareer.people.PersonRehired;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A hire (or a boomerang's rehire) gets a pending acknowledgement of the alumni programme; an
 * erased person's is removed (the coverage counts only the rows there are). After commit;
 * idempotent.
 */
@Component
class EntryHires {

	private final EntryService entry;

	private final EntryAcknowledgements acknowledgements;

	EntryHires(EntryService entry, EntryAcknowledgements acknowledgements) {
		this.entry = entry;
		this.acknowledgements = acknowledgements;
	}

	@ApplicationModuleListener
	void on(PersonHired event) {
		this.entry.recordHire(event.personId(), event.hiredOn());
	}

	@ApplicationModuleListener
	void on(PersonRehired event) {
		this.entry.recordHire(event.personId(), event.rehiredOn());
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.acknowledgements.findById(event.personId().value()).ifPresent(this.acknowledgements::delete);
	}

}
