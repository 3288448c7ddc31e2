package io.cocareer.people;

import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;

/**
 * Who tests act as when they add people: {@link PeopleService} writes only for the talent lead and
 * administrators, so tests go through the same check as the pages and the API.
 */
public final class PeopleTestActors {

	/** The talent lead keeping the people records, as HR does by hand. */
	public static final Actor HR = new Actor(AccountId.of(UUID.fromString("00000000-0000-0000-0000-00000000a11d")), "test-hr", null,
			"Test HR", Set.of(Role.TALENT_LEAD));

	private PeopleTestActors() {
	}

}
