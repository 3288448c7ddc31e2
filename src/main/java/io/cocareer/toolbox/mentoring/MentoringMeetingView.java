package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A logged meeting; its private note only for the pair ({@code null} for anyone else). */
public record MentoringMeetingView(UUID id, LocalDate heldOn, @Nullable String topics, @Nullable String privateNote,
		@Nullable String loggedByName) {

}
