package io.cocareer.alumni.exit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Starts the exit protocol of a person still employed, leaving on the planned date. */
public record StartExit(@Nullable UUID personId, @Nullable LocalDate leavingOn) {

}
