package io.cocareer.toolbox.mentoring;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentor's enrolment as the lead (or the mentor) reads it.
 * @param assigned mentees in the current draft or running pairs
 * @param pins pairs the lead pinned on them
 */
public record MentoringMentorView(UUID id, UUID personId, String name, @Nullable String unitName, int capacity,
		List<String> topics, @Nullable String availability, EnrolmentStatus status, int assigned, int pins,
		long version) {

}
