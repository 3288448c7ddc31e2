package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PrivateData;

/**
 * A pair as its reader sees it: the pair itself (with the private notes) or the lead (without).
 * @param mySide the reader's side, or {@code null} for the lead
 * @param myFeedback the rating the reader gave, if any
 */
@PrivateData
public record MentoringPairView(MentoringPairSummary pair, CohortStatus cohortStatus, LocalDate startsOn, LocalDate endsOn,
		@Nullable String agreementGoals, @Nullable String agreementRhythm, @Nullable String agreementConfidentiality,
		@Nullable LocalDate mentorAcceptedOn, @Nullable LocalDate menteeAcceptedOn, List<MentoringMeetingView> meetings,
		@Nullable PairSide mySide, @Nullable Integer myFeedback, @Nullable String myFeedbackComment, long version,
		boolean mayWrite, boolean mayAccept, boolean mayGiveFeedback, boolean mayReadNotes) {

}
