package io.cocareer.alumni.mobility.internal;

import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A talent who leaves keeps no career horizon here (it was about their time with us): it is
 * deleted. A person erased leaves nothing: their horizon goes, and the policy versions they
 * published stay the organisation's, naming nobody. After commit; idempotent.
 */
@Component
class HorizonsOfLeavers {

	private final CareerHorizons horizons;

	private final PolicyVersions versions;

	HorizonsOfLeavers(CareerHorizons horizons, PolicyVersions versions) {
		this.horizons = horizons;
		this.versions = versions;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		this.horizons.deleteIfPresent(event.personId().value());
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.horizons.deleteIfPresent(event.personId().value());
		this.versions.findByPublishedBy(event.personId().value()).forEach(PolicyVersion::forgetPublisher);
	}

}
