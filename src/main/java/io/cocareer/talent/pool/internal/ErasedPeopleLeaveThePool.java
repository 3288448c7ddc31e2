package io.cocareer.talent.pool.internal;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's designation goes, with its evidence, its history and their place on the
 * 9-box: nothing of their assessment stays. After the erasure is committed, through the event
 * publication registry (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLeaveThePool {

	private final TalentDesignationRepository designations;

	ErasedPeopleLeaveThePool(TalentDesignationRepository designations) {
		this.designations = designations;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.designations.findById(event.personId().value()).ifPresent(this.designations::delete);
	}

}
