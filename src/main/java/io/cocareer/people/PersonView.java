package io.cocareer.people;

import java.time.LocalDate;
import java.util.UUID;

/** A person as other modules and pages see them; an erased one keeps only their id, status and dates. */
public record PersonView(UUID id, String employeeId, String firstName, String lastName, String email, String title,
		UUID unitId, String unitName, UUID managerId, String managerName, LocalDate hireDate, PersonStatus status,
		long version, boolean erased) {

	/** The name; for an erased person, the neutral label alone. */
	public String fullName() {
		return this.lastName.isEmpty() ? this.firstName : this.firstName + " " + this.lastName;
	}

}
