package io.cocareer.toolbox.diagnostic.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased: from an open diagnostic they are no longer asked and their answers go;
 * in a closed one their answers stay, with nobody's name, so that the frozen result stays what it
 * was (it never told their answers apart). After commit, through the event publication registry;
 * idempotent.
 */
@Component
class DiagnosticPeopleLeave {

	private final Diagnostics diagnostics;

	private final DiagnosticResponses responses;

	DiagnosticPeopleLeave(Diagnostics diagnostics, DiagnosticResponses responses) {
		this.diagnostics = diagnostics;
		this.responses = responses;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		for (DiagnosticResponse response : this.responses.findByRespondentId(personId)) {
			boolean open = this.diagnostics.findById(response.diagnosticId()).map(Diagnostic::open).orElse(false);
			if (open) {
				this.responses.delete(response);
			}
			else {
				response.forgetRespondent();
			}
		}
		this.diagnostics.askingOf(personId).stream().filter(Diagnostic::open).forEach((d) -> d.removeRespondent(personId));
	}

}
