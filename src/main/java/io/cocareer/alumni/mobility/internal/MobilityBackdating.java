package io.cocareer.alumni.mobility.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For the demo only: a policy version published on an earlier day. */
@Component
public class MobilityBackdating {

	private final PolicyVersions versions;

	MobilityBackdating(PolicyVersions versions) {
		this.versions = versions;
	}

	@Transactional
	public void publishedAt(int number, Instant at) {
		this.versions.findByNumber(number).ifPresent((v) -> v.backdate(at));
	}

}
