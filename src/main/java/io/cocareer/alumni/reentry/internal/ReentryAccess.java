package io.cocareer.alumni.reentry.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with re-entry, rehire and repatriation, in one place.
 * <ul>
 * <li>An alumnus asks to come back for themselves and reads their own requests: what they asked,
 * the status and, once decided, the decision; never the evaluation.</li>
 * <li>The talent lead starts a request for an alumnus, names the hiring manager, evaluates,
 * decides, lifts a rehire eligibility of "no" with a note, and rehires a fit.</li>
 * <li>The evaluation (the timeline, the factors, the notes, the rationale) is read and changed
 * only by the talent lead and by the hiring manager named on the request, and the hiring manager
 * may decide too. Everybody else (the alumnus, other managers, talents, administrators) does not
 * know it exists: 404.</li>
 * <li>A repatriation plan is read by the talent lead, the plan's hiring manager and the boomerang
 * themselves (their own plan, without the evaluation); the lead and the hiring manager change it.</li>
 * </ul>
 * Administrators run the system and read no careers: they hold none of these roles for this
 * module even when they hold a person. Deny by default.
 */
@Component
public class ReentryAccess {

	/** An alumnus with a person asks to come back for themselves. */
	public boolean mayAsk(Actor actor) {
		return actor.personId() != null && actor.has(Role.ALUMNUS) && !actor.isAdministrator();
	}

	public UUID requireAsker(Actor actor) {
		if (!mayAsk(actor)) {
			throw new PermissionDenied("alumni.reentry.denied.ask", "Only an alumnus asks to come back");
		}
		return actor.personId().value();
	}

	/** The talent lead starts requests for alumni, reads every request and rehires. */
	public boolean isLead(Actor actor) {
		return actor.personId() != null && actor.isTalentLead();
	}

	public UUID requireLead(Actor actor) {
		if (!isLead(actor)) {
			throw new PermissionDenied("alumni.reentry.denied.lead", "Only the talent lead does this");
		}
		return actor.personId().value();
	}

	/** Whether the actor takes part in evaluations at all (the evaluators' list): the lead, a manager. */
	public boolean mayListEvaluations(Actor actor) {
		return isLead(actor) || (actor.personId() != null && actor.has(Role.MANAGER));
	}

	/** The talent lead, or the hiring manager named on the request (a member of staff). */
	public boolean mayEvaluate(Actor actor, ReentryRequest request) {
		if (actor.personId() == null || actor.isPerson(io.cocareer.shared.PersonId.of(request.personId()))) {
			return false;
		}
		return isLead(actor) || (actor.isStaff() && actor.personId().value().equals(request.hiringManagerId()));
	}

	/** The request with its evaluation, if the actor may read it; otherwise it does not exist for them. */
	public ReentryRequest requireEvaluator(Actor actor, ReentryRequest request) {
		if (!mayEvaluate(actor, request)) {
			throw notFound();
		}
		return request;
	}

	/** Whether the actor reads the request as its alumnus (status only). */
	public boolean isAsker(Actor actor, ReentryRequest request) {
		return actor.personId() != null && actor.personId().value().equals(request.personId())
				&& !actor.isAdministrator();
	}

	/** Whether the actor reads the plan: the lead, the plan's hiring manager, the boomerang. */
	public boolean mayReadPlan(Actor actor, RepatriationPlan plan) {
		if (actor.personId() == null || actor.isAdministrator() && !actor.isTalentLead()) {
			return false;
		}
		return mayEditPlan(actor, plan) || actor.personId().value().equals(plan.personId());
	}

	/** Whether the actor changes the plan's items and rates the review: the lead, the plan's hiring manager. */
	public boolean mayEditPlan(Actor actor, RepatriationPlan plan) {
		if (actor.personId() == null || actor.personId().value().equals(plan.personId())) {
			return false;
		}
		return isLead(actor) || (actor.isStaff() && actor.personId().value().equals(plan.managerId()));
	}

	public static NotFoundException notFound() {
		return new NotFoundException("alumni.reentry.notFound", "There is no such re-entry request");
	}

	public static NotFoundException noPlan() {
		return new NotFoundException("alumni.reentry.plan.notFound", "There is no such repatriation plan");
	}

}
