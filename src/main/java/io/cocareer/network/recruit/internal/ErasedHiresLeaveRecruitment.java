package io.cocareer.network.recruit.internal;

import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person who was hired from recruitment is erased, their candidate record goes with its
 * assets: it is about them. (A candidate who was never hired is no person; the talent lead
 * removes them.) A candidate whose hiring manager is erased no longer names them. After the erasure is committed, through the event publication registry;
 * idempotent.
 */
@Component
class ErasedHiresLeaveRecruitment {

	private final Candidates candidates;

	private final CandidateAssets assets;

	ErasedHiresLeaveRecruitment(Candidates candidates, CandidateAssets assets) {
		this.candidates = candidates;
		this.assets = assets;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.candidates.findByPersonId(event.personId().value()).ifPresent((candidate) -> {
			this.assets.deleteAssetsOf(candidate.id());
			this.candidates.delete(candidate);
		});
		this.candidates.findByHiringManagerIdOrderByCreatedAtDesc(event.personId().value())
			.forEach(Candidate::forgetHiringManager);
	}

}
