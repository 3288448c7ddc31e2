package io.cocareer.network.recruit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the people module needs to make a candidate a person (its {@code SavePerson}): the
 * employee id, the name split as the people module keeps it, email, title, unit, manager and the
 * day they start.
 */
public record HireCandidate(String employeeId, String firstName, String lastName, String email, String title,
		UUID unitId, UUID managerId, LocalDate hireDate) {

	public HireCandidate {
		employeeId = SaveCandidate.blankToNull(employeeId);
		firstName = SaveCandidate.blankToNull(firstName);
		lastName = SaveCandidate.blankToNull(lastName);
		email = SaveCandidate.blankToNull(email);
		title = SaveCandidate.blankToNull(title);
	}

}
