package io.cocareer.talent;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;


/** One row of the talent pool list. */
public record TalentPoolEntry(PersonId personId, String employeeId, String name, String title, String unitName,
		DesignationReason reason, int performance, int potential, String nineBoxLabel, LocalDate reviewOn,
		boolean reviewOverdue) {

}
