package io.cocareer.people;

import java.time.LocalDate;
import java.util.UUID;

/** A person as other modules and pages see them. */
public record PersonView(UUID id, String employeeId, String firstName, String lastName, String email, String title,
		UUID unitId, String unitName, UUID managerId, String managerName, LocalDate hireDate, PersonStatus status,
		long version) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
