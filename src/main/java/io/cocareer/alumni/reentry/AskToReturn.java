package io.cocareer.alumni.reentry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a request to come back says: the role or kind of work wanted, from when, what the
 * alumnus has done since leaving (employers, new skills) and why they want to return.
 */
public record AskToReturn(@Nullable String targetRole, @Nullable LocalDate availableFrom,
		@Nullable String employersSince, @Nullable String newSkills, @Nullable String whyReturn) {

}
