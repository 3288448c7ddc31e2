package io.cocareer.people;

import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;

/**
 * The names of some people as they are now, for a page that stores who did what by person id
 * ({@link PeopleDirectory#names}): one statement for the whole page. Someone no longer known by
 * name (erased, or missing) is given the neutral label of the messages, never a copy kept elsewhere.
 */
public record PersonNames(Map<UUID, String> byId, String formerColleague) {

	public PersonNames {
		byId = Map.copyOf(byId);
	}

	/**
	 * The name of whoever acted: the person's name when they are a person; otherwise (an account of
	 * its own, such as an administrator's, or a row written before names were ids and matched to
	 * no one) the name stored with the row.
	 */
	public @Nullable String of(@Nullable PersonId personId, @Nullable String storedName) {
		if (personId == null) {
			return storedName;
		}
		return this.byId.getOrDefault(personId.value(), this.formerColleague);
	}

}
