package io.cocareer.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as every module sees them: the account, the person it belongs to (if
 * any: an administrator may have none) and the roles. Services take it to decide what the
 * caller may see, so that rules hold for the UI and the API alike.
 */
public record Actor(AccountId accountId, String username, PersonId personId, String displayName, Set<Role> roles)
		implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isTalentLead() {
		return has(Role.TALENT_LEAD);
	}

	public boolean isAdministrator() {
		return has(Role.ADMIN);
	}

	/** Staff work in the organisation (every role but alumnus); the directory and careers are theirs. */
	public boolean isStaff() {
		return has(Role.TALENT_LEAD) || has(Role.MANAGER) || has(Role.TALENT) || has(Role.ADMIN);
	}

	public boolean isPerson(PersonId otherPersonId) {
		return this.personId != null && this.personId.equals(otherPersonId);
	}

	/** An account that is not a person's (a service or administrator account) gets no personal data. */
	public PersonId requirePersonId() {
		if (this.personId == null) {
			throw new PermissionDenied("shared.denied.noPerson", "This account is not linked to a person");
		}
		return this.personId;
	}

}
