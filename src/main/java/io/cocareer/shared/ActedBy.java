package io.cocareer.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who did something, as a row stores it: the person, by id, so that the name shown is theirs as
 * it is now and goes when they are erased; only an account that is no person (an administrator's)
 * has its name stored instead, having no person to look it up by.
 */
public record ActedBy(@Nullable UUID personId, @Nullable String accountName) {

	public ActedBy {
		if (personId != null) {
			accountName = null;
		}
	}

	public static ActedBy of(Actor actor) {
		return new ActedBy(PersonId.valueOf(actor.personId()), actor.displayName());
	}

}
