package io.cocareer.toolbox.mentoring;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A mentee's enrolment with their preferences.
 * @param personId who (a talent; the lead enrols any talent; {@code null}: the actor themselves)
 * @param goals what they want to grow in, as topics separated by commas
 * @param preferredMentorId a mentor they would like, if any
 * @param preferOtherUnit rather someone outside their unit
 * @param previousMentor a previous mentor again, or not
 */
public record MenteeEnrolmentRequest(@Nullable PersonId personId, @Nullable String goals,
		@Nullable PersonId preferredMentorId, boolean preferOtherUnit, @Nullable PreviousMentor previousMentor) {

}
