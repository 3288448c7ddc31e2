package io.cocareer.people.web;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;

import org.springframework.stereotype.Component;

/**
 * The person behind a picker's value, for the picker fragment ({@code fragments/person-picker}) to
 * show the chosen name next to the field, whichever form it sits in (called as {@code @personPicker}).
 */
@Component("personPicker")
public class PersonPicker {

	private final PeopleDirectory directory;

	PersonPicker(PeopleDirectory directory) {
		this.directory = directory;
	}

	/** The person with this exact employee id, or {@code null} when there is none (or nothing was typed). */
	public PersonView chosen(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		return this.directory.findByEmployeeId(employeeId.strip()).orElse(null);
	}

}
