package io.cocareer.people;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import io.cocareer.shared.PersonId;

/**
 * The person a form's person picker ({@code fragments/person-picker}) names by employee id, for the
 * controllers of every module with such a form: nobody with that id is an error next to the picker,
 * in the picker's own words ({@code people.picker.unknown}).
 */
public final class PickedPerson {

	private PickedPerson() {
	}

	/**
	 * The person with this employee id; {@code null} when nothing was picked (the form's own rules
	 * say whether that is missing) or when nobody has it (then the field shows why, unless it
	 * already shows an error).
	 */
	public static @Nullable PersonId of(PeopleDirectory people, @Nullable String employeeId, String field,
			Errors errors) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		var found = people.personIdOf(employeeId).map(PersonId::of);
		if (found.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "people.picker.unknown", new Object[] { employeeId.strip() }, "Nobody found");
		}
		return found.orElse(null);
	}

}
