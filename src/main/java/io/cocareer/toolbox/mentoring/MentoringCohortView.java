package io.cocareer.toolbox.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A cohort as its reader may see it: the lead reads the enrolments, the matching (the draft or
 * the running pairs) with each pair's reasons, the unmatched with why, the pins and bans and the
 * feedback summary; anyone else only the cohort and their own enrolments (the lists are empty).
 */
public record MentoringCohortView(UUID id, String title, @Nullable String goal, LocalDate startsOn, LocalDate endsOn,
		CohortStatus status, boolean enrolmentOpen, @Nullable Instant matchedAt, @Nullable String runSettings,
		long version, List<MentoringMentorView> mentors, List<MentoringMenteeView> mentees, List<MentoringPairSummary> pairs,
		List<MentoringMenteeView> unmatched, List<MentoringRuleView> rules, @Nullable MentoringFeedbackSummary feedback,
		@Nullable MentoringMentorView myMentorEnrolment, @Nullable MentoringMenteeView myMenteeEnrolment, boolean mayManage,
		boolean mayEnrolAsMentor, boolean mayEnrolAsMentee, boolean mayCloseEnrolment, boolean mayMatch,
		boolean mayPublish, boolean mayEnd) {

}
