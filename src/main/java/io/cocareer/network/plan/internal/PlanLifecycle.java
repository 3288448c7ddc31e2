package io.cocareer.network.plan.internal;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a talent leaves, their plan stays theirs (like the map) and their fund stops: nothing more
 * is committed or spent. When a person is erased, their plan and their funds go. After the
 * people module has committed, through the event publication registry (retried); idempotent.
 */
@Component
class PlanLifecycle {

	private final PlanActivities activities;

	private final PlanFunds funds;

	private final FundStops stops;

	PlanLifecycle(PlanActivities activities, PlanFunds funds, FundStops stops) {
		this.activities = activities;
		this.funds = funds;
		this.stops = stops;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		if (!this.stops.existsById(event.personId().value())) {
			this.stops.save(new FundStop(event.personId().value(), event.leftOn()));
		}
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.activities.deleteAll(this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(event.personId().value()));
		this.funds.deleteFundsOf(event.personId().value());
		this.stops.findById(event.personId().value()).ifPresent(this.stops::delete);
	}

}
