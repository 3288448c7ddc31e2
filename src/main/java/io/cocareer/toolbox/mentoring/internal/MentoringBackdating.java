package io.cocareer.toolbox.mentoring.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo alone: moves a cohort's dates, its pairs' acceptances and their meetings back by
 * whole days, so that records written today through the services look as if written then.
 */
@Component
public class MentoringBackdating {

	private final Cohorts cohorts;

	private final MentoringPairs pairs;

	private final Meetings meetings;

	MentoringBackdating(Cohorts cohorts, MentoringPairs pairs, Meetings meetings) {
		this.cohorts = cohorts;
		this.pairs = pairs;
		this.meetings = meetings;
	}

	@Transactional
	public void backdate(UUID cohortId, int days) {
		this.cohorts.findById(cohortId).ifPresent((c) -> c.backdate(days));
		for (MentoringPair pair : this.pairs.findByCohortIdOrderByCreatedAt(cohortId)) {
			pair.backdate(days);
			this.meetings.findByPairIdOrderByHeldOnDescCreatedAtDesc(pair.id()).forEach((m) -> m.backdate(days));
		}
	}

}
