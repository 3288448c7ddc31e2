package io.cocareer.alumni.exit;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.CollaborationKind;

import org.jspecify.annotations.Nullable;

/** Section 3: a collaboration opportunity after the exit, with the person who owns it and an optional due date. */
public record Collaboration(@Nullable CollaborationKind kind, @Nullable String description, @Nullable UUID ownerId,
		@Nullable LocalDate dueOn) {

}
