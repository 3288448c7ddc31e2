package io.cocareer.toolbox.mentoring;

import java.util.List;
import java.util.UUID;

/**
 * A pair in a list: who with whom in which cohort, its score (of 1000) with its reasons, pinned
 * or not, where it stands.
 */
public record MentoringPairSummary(UUID id, UUID cohortId, String cohortTitle, UUID menteeId, UUID menteePersonId,
		String menteeName, UUID mentorId, UUID mentorPersonId, String mentorName, int score,
		List<MentoringReasonView> reasons, boolean pinned, PairStatus status, boolean agreed) {

	/** The score as a number in [0, 1], two decimals. */
	public String scoreShown() {
		return String.format(java.util.Locale.ROOT, "%.2f", this.score / (double) MentoringWeights.SCALE);
	}

}
