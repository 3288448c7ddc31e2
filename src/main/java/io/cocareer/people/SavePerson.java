package io.cocareer.people;

import java.time.LocalDate;
import java.util.UUID;

/** Everything needed to create or update a person by hand. */
public record SavePerson(String employeeId, String firstName, String lastName, String email, String title,
		UUID unitId, UUID managerId, LocalDate hireDate) {

}
