package io.cocareer.toolbox.rotation.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, their lines leave every rotation plan (cohort, pins and forbids, pair,
 * why unplaced), and a plan they made or confirmed no longer names them; the tours proposed stay
 * with the tours, which handle the erasure themselves. A talent who leaves stays in a plan until it
 * runs again (then unplaced, as left), and confirming a plan that places them is refused. After
 * commit, through the event publication registry; idempotent.
 */
@Component
class RotationPeopleLeave {

	private final RotationPlans plans;

	RotationPeopleLeave(RotationPlans plans) {
		this.plans = plans;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID personId = event.personId().value();
		Set<RotationPlan> touched = new LinkedHashSet<>(this.plans.withPerson(personId));
		touched.addAll(this.plans.madeBy(personId));
		touched.forEach((plan) -> plan.erase(personId));
	}

}
