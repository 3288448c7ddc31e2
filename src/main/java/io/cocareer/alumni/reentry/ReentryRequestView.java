package io.cocareer.alumni.reentry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * A request with its evaluation, as the talent lead and the named hiring manager read it.
 * @param leftOn the (last) exit, from the register
 * @param tenureMonths the first tenure in whole months, when known
 * @param monthsAway from the exit to today
 * @param assessment the factors and the overall score ({@link ReentryFit})
 * @param mayEvaluate whether the reader may change the evaluation and decide
 * @param mayOverrideEligibility whether the reader may lift a rehire eligibility of "no" (the lead)
 * @param mayRehire whether the reader may rehire now (the lead, a fit not yet rehired)
 */
@PrivateData
public record ReentryRequestView(UUID id, UUID personId, String personName, ReentryOrigin origin,
		@Nullable String startedByName, @Nullable String targetRole, @Nullable LocalDate availableFrom,
		@Nullable String employersSince, @Nullable String newSkills, @Nullable String whyReturn, ReentryStatus status,
		@Nullable UUID hiringManagerId, @Nullable String hiringManagerName, @Nullable LocalDate leftOn,
		@Nullable ExitReasonKind reasonKind, @Nullable String reasonCode, @Nullable RehireEligibility eligibility,
		@Nullable AlumniTier tier, @Nullable LocalDate hiredOn, @Nullable Integer tenureMonths, int monthsAway,
		List<TimelineEntry> timeline, boolean rootCauseFixed, @Nullable String rootCauseNote,
		@Nullable Integer priorRating, @Nullable Integer interimRelevance, @Nullable Boolean coordinationHeavy,
		@Nullable Boolean outsiderResistant, @Nullable Boolean realisticPremium, @Nullable String premiumNote,
		@Nullable String eligibilityOverrideNote, FitAssessment assessment, @Nullable ReentryDecision decision,
		@Nullable String rationale, @Nullable LocalDate decidedOn, @Nullable String decidedByName,
		@Nullable LocalDate rehiredOn, Instant createdAt, long version, boolean mayEvaluate,
		boolean mayOverrideEligibility, boolean mayRehire) {

	public ReentryRequestView {
		timeline = List.copyOf(timeline);
	}

	/** Whether the register says no to a rehire and no override lifts it: a fit is refused. */
	public boolean eligibilityBlocksFit() {
		return this.eligibility == RehireEligibility.NO
				&& (this.eligibilityOverrideNote == null || this.eligibilityOverrideNote.isBlank());
	}

}
