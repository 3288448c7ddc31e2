package io.cocareer.tour;

import java.time.LocalDate;

import io.cocareer.shared.PrivateData;
import io.cocareer.shared.TourId;

import org.jspecify.annotations.Nullable;

/**
 * What a completed closing review that ended in a good exit said, for the exit protocol it starts
 * ({@code alumni.exit}): the results (the talent's and the company's), the skills the talent
 * gained, and the company's note on the next step. Read without an actor by the listener that
 * starts the protocol; from there on the exit protocol's own access policy decides who reads it.
 */
@PrivateData
public record GoodExitSummary(TourId tourId, LocalDate goodExitOn, @Nullable String talentResults,
		@Nullable String companyResults, @Nullable String gainedSkills, @Nullable String nextStepNote) {

}
