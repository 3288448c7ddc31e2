package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * What the review counts about one alumnus, read for all of them in one statement.
 * @param interactionsLastYear interactions in the 365 days up to today
 * @param collaborationValueCents the value of all their collaborations, in cents
 * @param lastInteractionOn their latest interaction, if any
 */
@PrivateData
public record AlumnusFacts(PersonId personId, LocalDate leftOn, ExitReasonKind reasonKind, String reasonCode,
		@Nullable String interviewReasonCode, AlumniTier tier, boolean contactable, @Nullable LocalDate rehiredOn,
		@Nullable LocalDate leftAgainOn, @Nullable Integer priorRating, @Nullable Integer returnRating,
		int interactionsLastYear, int collaborations, long collaborationValueCents, int referrals, int referralHires,
		@Nullable LocalDate lastInteractionOn) {

}
