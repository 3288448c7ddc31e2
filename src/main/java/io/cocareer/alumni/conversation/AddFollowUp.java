package io.cocareer.alumni.conversation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A follow-up to add: what, who does it (the talent, the holder or a talent lead: nobody else reads
 * the conversation), by when.
 */
public record AddFollowUp(@Nullable String what, @Nullable PersonId ownerId, @Nullable LocalDate dueOn) {

}
