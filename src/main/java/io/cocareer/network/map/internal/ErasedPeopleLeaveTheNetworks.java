package io.cocareer.network.map.internal;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's own map goes, with its ties and desired network. On other talents' maps they
 * stay as a developer (the talent's measures do not change) without their person id, so nothing
 * leads back to them. After the erasure is committed, through the event publication registry
 * (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLeaveTheNetworks {

	/** What an erased developer is called on the maps they were on. */
	static final String ERASED = "Former colleague";

	private final Developers developers;

	private final DeveloperTies ties;

	private final DesiredGaps gaps;

	private final NetworkShares shares;

	ErasedPeopleLeaveTheNetworks(Developers developers, DeveloperTies ties, DesiredGaps gaps, NetworkShares shares) {
		this.developers = developers;
		this.ties = ties;
		this.gaps = gaps;
		this.shares = shares;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.shares.deleteMapOf(event.personId().value());
		this.ties.deleteMapOf(event.personId().value());
		this.gaps.deleteMapOf(event.personId().value());
		this.developers.findByTalentIdOrderByCreatedAt(event.personId().value()).forEach(this.developers::delete);
		this.developers.findByPersonId(event.personId().value()).forEach((d) -> d.forgetPerson(ERASED));
	}

}
