package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A cohort in a list: what it is for, when, where it stands, how many take part. */
public record MentoringCohortSummary(UUID id, String title, @Nullable String goal, LocalDate startsOn, LocalDate endsOn,
		CohortStatus status, boolean enrolmentOpen, int mentors, int mentees, int pairs) {

}
