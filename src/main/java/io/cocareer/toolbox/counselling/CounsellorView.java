package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.util.UUID;

/** A counsellor on the talent lead's list. */
public record CounsellorView(UUID personId, String employeeId, String name, String title, LocalDate addedOn) {

}
