package io.cocareer.toolbox.mentoring;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentee's enrolment as the lead (or the mentee) reads it, with why the last run left them
 * unmatched (if it did).
 */
public record MentoringMenteeView(UUID id, UUID personId, String name, @Nullable String unitName, List<String> goals,
		@Nullable UUID preferredMentorId, @Nullable String preferredMentorName, boolean preferOtherUnit,
		PreviousMentor previousMentor, EnrolmentStatus status, @Nullable UnmatchedReason unmatchedReason) {

}
