package io.cocareer.alumni.exit;

import java.time.LocalDate;

import io.cocareer.alumni.RehireEligibility;

import org.jspecify.annotations.Nullable;

/**
 * Section 1: the leaving date, the reason (a code of the taxonomy) and the rehire eligibility;
 * an eligibility other than the reason's default needs a note. A {@code null} eligibility takes
 * the default.
 */
public record ReasonSection(@Nullable LocalDate leavingOn, @Nullable String reasonCode,
		@Nullable RehireEligibility eligibility, @Nullable String eligibilityNote) {

}
