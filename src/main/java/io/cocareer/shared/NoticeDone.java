package io.cocareer.shared;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Published when the action a {@link Notice} asked for is taken, or is no longer needed: "sign the
 * agreement" once that person signed, "respond to the proposal" once the tour moved on. The
 * notification module marks the notices with this action key done (in the publisher's
 * transaction), for these people only, or for everyone who got one when {@code personIds} is empty.
 * @param actionKey the {@link Notice#actionKey()} of the notices
 * @param personIds whose notices are done; empty: every recipient's
 */
public record NoticeDone(String actionKey, Set<UUID> personIds) {

	public NoticeDone {
		Objects.requireNonNull(actionKey, "actionKey");
		personIds = (personIds != null) ? Set.copyOf(personIds) : Set.of();
	}

	/** Done for everyone who was asked. */
	public static NoticeDone forEveryone(String actionKey) {
		return new NoticeDone(actionKey, Set.of());
	}

	/** Done for this person, who took the action. */
	public static NoticeDone forPerson(String actionKey, PersonId personId) {
		return new NoticeDone(actionKey, Set.of(Objects.requireNonNull(personId, "personId").value()));
	}

}
