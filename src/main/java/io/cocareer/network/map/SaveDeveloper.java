package io.cocareer.network.map;

import java.time.LocalDate;
import java.util.Set;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.SupportFunction;
import io.cocareer.shared.PersonId;

/**
 * A developer as the talent adds or changes them: a person of the organisation ({@code personId})
 * or an external contact ({@code name}, {@code organisation}).
 */
public record SaveDeveloper(PersonId personId, String name, String organisation, Arena arena, DeveloperRole role,
		int closeness, ContactFrequency contactFrequency, LocalDate lastContact, Set<SupportFunction> support) {

	public SaveDeveloper {
		support = (support == null) ? Set.of() : Set.copyOf(support);
		name = blankToNull(name);
		organisation = blankToNull(organisation);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
