package io.cocareer.toolbox.programme.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a participant's dates (enrolment, progress, completion, withdrawal)
 * back by some days, so that what was played today through the service reads as done months ago.
 */
@Component
public class ProgrammeBackdating {

	private final ProgrammeCohorts cohorts;

	ProgrammeBackdating(ProgrammeCohorts cohorts) {
		this.cohorts = cohorts;
	}

	@Transactional
	public void backdate(UUID cohortId, UUID participantId, int days) {
		this.cohorts.findById(cohortId).flatMap((c) -> c.participantById(participantId)).ifPresent((p) -> p.backdate(days));
	}

	/** Moves the cohort's start and end back by the days (its participants' dates stay). */
	@Transactional
	public void backdateCohort(UUID cohortId, int days) {
		this.cohorts.findById(cohortId).ifPresent((c) -> c.backdate(days));
	}

}
