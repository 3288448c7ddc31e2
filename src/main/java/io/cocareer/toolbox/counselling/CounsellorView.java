package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A counsellor on the talent lead's list. */
public record CounsellorView(UUID personId, @Nullable String employeeId, @Nullable String name, @Nullable String title,
		LocalDate addedOn) {

}
