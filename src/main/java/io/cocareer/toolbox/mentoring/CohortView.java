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
public record CohortView(UUID id, String title, @Nullable String goal, LocalDate startsOn, LocalDate endsOn,
		CohortStatus status, boolean enrolmentOpen, @Nullable Instant matchedAt, @Nullable String runSettings,
		long version, List<MentorView> mentors, List<MenteeView> mentees, List<PairSummary> pairs,
		List<MenteeView> unmatched, List<RuleView> rules, @Nullable FeedbackSummary feedback,
		@Nullable MentorView myMentorEnrolment, @Nullable MenteeView myMenteeEnrolment, boolean mayManage,
		boolean mayEnrolAsMentor, boolean mayEnrolAsMentee, boolean mayCloseEnrolment, boolean mayMatch,
		boolean mayPublish, boolean mayEnd) {

}
