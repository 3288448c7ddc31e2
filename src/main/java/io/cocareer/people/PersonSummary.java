package io.cocareer.people;

import java.util.UUID;

/** One row of the people directory. */
public record PersonSummary(UUID id, String employeeId, String fullName, String email, String title, String unitName,
		PersonStatus status) {

}
