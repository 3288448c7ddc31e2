package io.cocareer.alumni.conversation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A conversation the talent lead or a manager schedules for a talent.
 * @param holder who holds it; a manager always holds their own
 */
public record ScheduleConversation(@Nullable PersonId talentId, @Nullable HolderKind holder,
		@Nullable LocalDate scheduledOn) {

}
