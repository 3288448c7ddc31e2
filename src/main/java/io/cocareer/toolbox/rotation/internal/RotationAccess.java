package io.cocareer.toolbox.rotation.internal;

import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.rotation.PlanStatus;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with rotation plans, in one place.
 * <ul>
 * <li>The talent lead makes plans, pins and forbids pairs, re-runs and confirms a draft, and reads
 * every plan whole.</li>
 * <li>A manager reads, without changing anything, a plan whose cohort holds one of their direct
 * reports, and of it only their reports' lines (pairs, explanations, why unplaced).</li>
 * <li>Talents see no plan: a tour proposed for them shows on the tours' pages.</li>
 * <li>Anybody else (administrators, alumni, a manager without reports in the cohort) reads none:
 * a plan does not exist for them (404), and the list is refused (403).</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class RotationAccess {

	/** Whether the actor makes plans: the talent lead. */
	public boolean mayPlan(Actor actor) {
		return actor.personId() != null && actor.isTalentLead();
	}

	/** Whether the actor reads plans at all: the talent lead, a manager. */
	public boolean mayUse(Actor actor) {
		return actor.personId() != null && (actor.isTalentLead() || actor.has(Role.MANAGER));
	}

	/** Refused (403) for anyone who reads no plan. */
	public void requireUse(Actor actor) {
		if (!mayUse(actor)) {
			throw new PermissionDenied("toolbox.rotation.denied",
					"Rotation plans are the talent lead's; managers read those that involve their reports");
		}
	}

	public void requirePlanner(Actor actor) {
		if (!mayPlan(actor)) {
			throw new PermissionDenied("toolbox.rotation.denied.plan", "Only the talent lead plans rotations");
		}
	}

	/**
	 * The people of the cohort whose lines the actor sees: everyone for the talent lead, their
	 * direct reports for a manager, nobody for anyone else.
	 * @param reports the actor's direct reports
	 */
	public Set<UUID> visiblePeople(Actor actor, RotationPlan plan, Set<UUID> reports) {
		if (mayPlan(actor)) {
			return Set.copyOf(plan.cohort());
		}
		if (!mayUse(actor) || !actor.has(Role.MANAGER)) {
			return Set.of();
		}
		return plan.cohort().stream().filter(reports::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** The talent lead, and a manager with a report in the cohort. */
	public boolean mayRead(Actor actor, RotationPlan plan, Set<UUID> reports) {
		return mayPlan(actor) || !visiblePeople(actor, plan, reports).isEmpty();
	}

	/** The plan, if the actor may read it; otherwise it does not exist for them. */
	public RotationPlan readable(Actor actor, RotationPlan plan, Set<UUID> reports) {
		if (!mayRead(actor, plan, reports)) {
			throw notFound();
		}
		return plan;
	}

	/** The talent lead, on a draft. */
	public boolean mayEdit(Actor actor, RotationPlan plan) {
		return mayPlan(actor) && plan.status() == PlanStatus.DRAFT;
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.rotation.notFound", "There is no such rotation plan");
	}

}
