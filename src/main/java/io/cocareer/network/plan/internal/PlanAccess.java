package io.cocareer.network.plan.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read and change a development plan and its fund, in one place. A plan names gaps and
 * people, so it is its talent's alone, like the map: their manager, the talent lead and
 * administrators read none of it. A talent keeps one while they work here and keeps it as an
 * alumnus, when the fund spends no more. The talent lead reads each talent's fund in figures
 * (budget, committed, spent, left) and sets budgets; nothing else of the plan.
 */
@Component
public class PlanAccess {

	/** Whether the actor keeps a plan: a talent, or an alumnus who was one (their plan stays theirs). */
	public boolean mayKeepAPlan(Actor actor) {
		return actor.personId() != null && !actor.isAdministrator()
				&& (actor.has(Role.TALENT) || actor.has(Role.ALUMNUS));
	}

	/** The talent whose plan the actor works on: their own, or refused. */
	public UUID ownPlan(Actor actor) {
		if (!mayKeepAPlan(actor)) {
			throw new PermissionDenied("network.plan.denied.noPlan", "Only a talent keeps a development plan here");
		}
		return actor.personId().value();
	}

	/** Whether the actor's fund may spend more: a talent at work, not an alumnus. */
	public boolean maySpend(Actor actor) {
		return mayKeepAPlan(actor) && actor.has(Role.TALENT);
	}

	/** Whether the actor reads the talents' funds in figures and sets their budgets: the talent lead. */
	public boolean mayManageFunds(Actor actor) {
		return actor.isTalentLead() && !actor.isAdministrator();
	}

	public void requireMayManageFunds(Actor actor) {
		if (!mayManageFunds(actor)) {
			throw new PermissionDenied("network.plan.denied.funds", "Only the talent lead manages the networking funds");
		}
	}

}
