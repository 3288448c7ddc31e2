package io.cocareer.toolbox.diagnostic.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with when-to-use diagnostics, in one place.
 * <ul>
 * <li>The talent lead creates diagnostics, closes them and sees every one: who has answered (never
 * what) and, once closed, its result (aggregates only).</li>
 * <li>A respondent (a member of staff the lead asked) sees the diagnostics they are asked to
 * answer, answers and changes their answers while it is open, and sees its result once closed.</li>
 * <li>A closed unit diagnostic's result is also seen by that unit's managers (a manager working in
 * the unit).</li>
 * <li>Answers are read by their author alone.</li>
 * </ul>
 * Deny by default: administrators, alumni and everybody else see nothing; for them a diagnostic
 * does not exist (404). The actor's unit is given by the caller (the people directory's), so that
 * the rules stay plain.
 */
@Component
public class DiagnosticAccess {

	/** Whether the actor is staff with a person: the talent lead, a manager, a talent. */
	public boolean takesPart(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they have no part in diagnostics. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("toolbox.diagnostic.denied", "The diagnostic is for the organisation's staff");
		}
		return actor.personId().value();
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	public boolean mayCreate(Actor actor) {
		return isLead(actor);
	}

	public boolean isRespondent(Actor actor, Diagnostic diagnostic) {
		return takesPart(actor) && diagnostic.isRespondent(actor.personId().value());
	}

	/** A manager working in the unit a unit diagnostic is about. */
	public boolean isUnitManager(Actor actor, Diagnostic diagnostic, UUID actorUnitId) {
		return takesPart(actor) && actor.has(Role.MANAGER) && diagnostic.scope() == DiagnosticScope.UNIT
				&& diagnostic.unitId() != null && diagnostic.unitId().equals(actorUnitId);
	}

	/** The lead, its respondents, and once closed a unit diagnostic's managers. */
	public boolean mayRead(Actor actor, Diagnostic diagnostic, UUID actorUnitId) {
		return isLead(actor) || isRespondent(actor, diagnostic)
				|| (!diagnostic.open() && isUnitManager(actor, diagnostic, actorUnitId));
	}

	/** The diagnostic, if the actor may read it; otherwise it does not exist for them. */
	public Diagnostic readable(Actor actor, Diagnostic diagnostic, UUID actorUnitId) {
		if (!mayRead(actor, diagnostic, actorUnitId)) {
			throw notFound();
		}
		return diagnostic;
	}

	/**
	 * The aggregate result, once it is closed: the lead's, the respondents' and a unit diagnostic's
	 * managers'. Not while it is open, not even the lead's: an aggregate read before and after one
	 * more person answers would tell that person's answers.
	 */
	public boolean mayReadResult(Actor actor, Diagnostic diagnostic, UUID actorUnitId) {
		return !diagnostic.open() && mayRead(actor, diagnostic, actorUnitId);
	}

	/** Who was asked and who has answered (never what): the lead alone. */
	public boolean maySeeRespondents(Actor actor) {
		return isLead(actor);
	}

	/** A respondent while it is open. */
	public boolean mayAnswer(Actor actor, Diagnostic diagnostic) {
		return diagnostic.open() && isRespondent(actor, diagnostic);
	}

	/** The lead while it is open. */
	public boolean mayClose(Actor actor, Diagnostic diagnostic) {
		return diagnostic.open() && isLead(actor);
	}

	/** Answers are their author's alone. */
	public boolean mayReadAnswers(Actor actor, DiagnosticResponse response) {
		return takesPart(actor) && response.respondentId() != null
				&& response.respondentId().equals(actor.personId().value());
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.diagnostic.notFound", "There is no such diagnostic");
	}

}
