package io.cocareer.tour.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.tour.TourState;

import org.jspecify.annotations.Nullable;

/**
 * A tour's closing review as its people see it, with what the reader may do.
 * @param tourEndOn the day the tour was to end
 * @param startedOn the day the closing review started, if it did
 * @param earlyEndReason why it started before the end date (an early end); {@code null} otherwise
 * @param startWouldBeEarly whether starting it today, before the end date, needs a reason
 * @param talentVersion the talent section's revision, to send back when saving it
 * @param companyVersion the company section's revision, to send back when saving it
 * @param missing the fields still missing before the review may be completed
 * @param mayStart whether the reader may start the closing review (the tour is active)
 * @param mayEditTalent whether the reader writes the talent's section now (the talent)
 * @param mayEditCompany whether the reader writes the company's section now (manager, talent lead)
 * @param mayComplete whether the reader may complete it (manager, talent lead; fields permitting)
 */
public record ClosingReviewView(UUID tourId, TourState tourState, LocalDate tourEndOn, @Nullable LocalDate startedOn,
		@Nullable String earlyEndReason, boolean startWouldBeEarly, @Nullable String talentResults,
		@Nullable String gainedSkills, @Nullable String gainedKnowledge, @Nullable String gainedNetwork,
		@Nullable String gainedReputation, @Nullable String talentByName, @Nullable Instant talentAt, int talentVersion,
		@Nullable String companyResults, @Nullable NextStep nextStep, @Nullable String nextStepNote,
		@Nullable String companyByName, @Nullable Instant companyAt, int companyVersion,
		@Nullable LocalDate completedOn, @Nullable String completedByName, @Nullable LocalDate goodExitOn,
		List<String> missing, boolean mayStart, boolean mayEditTalent, boolean mayEditCompany, boolean mayComplete) {

	public boolean completed() {
		return this.completedOn != null;
	}

}
