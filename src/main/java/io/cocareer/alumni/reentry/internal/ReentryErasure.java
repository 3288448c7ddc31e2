package io.cocareer.alumni.reentry.internal;

import java.util.UUID;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased: the words of their re-entry requests go (what they asked, the
 * evaluation's notes and the rationale), the requests stay as anonymous counts of asked and
 * decided; their repatriation plan goes whole; and where they were someone else's starter,
 * hiring manager, decider, item owner or buddy, they are forgotten. Idempotent.
 */
@Component
class ReentryErasure {

	private final ReentryRequests requests;

	private final RepatriationPlans plans;

	ReentryErasure(ReentryRequests requests, RepatriationPlans plans) {
		this.requests = requests;
		this.plans = plans;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		UUID erased = event.personId().value();
		this.requests.findByPersonIdOrderByCreatedAtDesc(erased).forEach(ReentryRequest::forgetWords);
		this.plans.findByPersonId(erased).ifPresent(this.plans::delete);
		this.requests.naming(erased).forEach((r) -> r.forgetPerson(erased));
		this.plans.naming(erased).forEach((p) -> p.forgetPerson(erased));
	}

}
