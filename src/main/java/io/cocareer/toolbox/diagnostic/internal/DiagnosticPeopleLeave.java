package io.cocareer.toolbox.diagnostic.internal;

import java.util.List;
import java.util.UUID;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.shared.NoticeDone;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What happens to when-to-use diagnostics when a respondent leaves the organisation, and when they
 * are erased.
 * <p>
 * <b>A respondent who leaves</b> while a diagnostic is open and before answering is no longer
 * asked: the invitation is withdrawn (the notice asking them to answer is done, nothing reminds
 * them) and they no longer count among the people asked, so that "answered of asked" shows what can
 * still come in. Answers they already gave stay and count: the diagnostic asks the people who
 * worked here while it ran, and its result is an aggregate that never shows anybody's answers. A
 * closed diagnostic does not change.
 * <p>
 * <b>A respondent who is erased</b>: from a diagnostic still open their answers are deleted, and
 * from a closed one they are kept only as numbers, nobody's. Why the difference: the result is
 * shown only once a diagnostic is closed. While it is open nobody has seen a result, so deleting
 * the answers tells nothing anyone could compare, and the result will rest only on answers of
 * people still on record; the minimum of five answers is then counted on those. Once closed, the
 * result has been read: deleting the answers would change it, and the difference between the two
 * results would tell exactly the erased person's answers; it could also drop a result already read
 * under five answers. So they stay, with no person id, and with the diagnostic's start as the time
 * they were given (the same for every anonymous answer), so that the time the audit log kept of
 * their answering does not tie them back. In every diagnostic they are no longer among the people
 * asked; the talent lead's list shows a kept answer as a former colleague's.
 * <p>
 * After commit, through the event publication registry; idempotent. Both listeners may run side by
 * side, each in its own transaction, on the same rows: every change is one bulk statement, which
 * does nothing where the other got there first.
 */
@Component
class DiagnosticPeopleLeave {

	private final Diagnostics diagnostics;

	private final DiagnosticResponses responses;

	private final ApplicationEventPublisher events;

	DiagnosticPeopleLeave(Diagnostics diagnostics, DiagnosticResponses responses, ApplicationEventPublisher events) {
		this.diagnostics = diagnostics;
		this.responses = responses;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		UUID personId = event.personId().value();
		List<UUID> unanswered = this.diagnostics.awaitingAnswersOf(personId);
		this.diagnostics.withdrawUnanswered(personId);
		unanswered.forEach((id) -> this.events.publishEvent(NoticeDone.forPerson(Diagnostic.answerAction(id),
				event.personId())));
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		this.responses.deleteFromOpen(personId);
		this.responses.anonymise(personId);
		this.diagnostics.forgetRespondent(personId);
	}

}
