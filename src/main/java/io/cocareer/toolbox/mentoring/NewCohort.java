package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A cohort the talent lead opens for enrolment. */
public record NewCohort(@Nullable String title, @Nullable String goal, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn) {

}
