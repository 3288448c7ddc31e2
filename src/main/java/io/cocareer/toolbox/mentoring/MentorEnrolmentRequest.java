package io.cocareer.toolbox.mentoring;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A mentor's enrolment, or its change.
 * @param personId who (the lead enrols anyone of staff; {@code null}: the actor themselves)
 * @param capacity how many mentees, 1 to 5
 * @param topics what they can help with, separated by commas
 * @param availability when they can meet, in a few words
 */
public record MentorEnrolmentRequest(@Nullable PersonId personId, @Nullable Integer capacity, @Nullable String topics,
		@Nullable String availability) {

}
