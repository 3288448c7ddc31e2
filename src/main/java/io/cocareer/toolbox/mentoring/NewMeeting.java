package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A meeting to log: when, about what, and a note only the pair reads (optional). */
public record NewMeeting(@Nullable LocalDate heldOn, @Nullable String topics, @Nullable String privateNote) {

}
