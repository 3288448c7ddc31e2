package io.cocareer.toolbox.mentoring;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The reader's mentoring: their pairs as mentor and as mentee (published ones), their enrolments,
 * the cohorts open to enrol, and for a manager which direct reports are in a cohort and with whom.
 */
public record MyMentoring(List<MentoringPairSummary> asMentor, List<MentoringPairSummary> asMentee, List<Enrolment> enrolments,
		List<MentoringCohortSummary> open, List<ReportPair> reports) {

	/** One of the reader's enrolments. */
	public record Enrolment(UUID cohortId, String cohortTitle, CohortStatus cohortStatus, PairSide side,
			EnrolmentStatus status, @Nullable UnmatchedReason unmatchedReason) {

	}

	/** A direct report in a pair: in which cohort, on which side, with whom; nothing of the pair's words. */
	public record ReportPair(String reportName, PairSide side, String cohortTitle, String withName,
			PairStatus status) {

	}

}
