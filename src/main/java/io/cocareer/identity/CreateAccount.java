package io.cocareer.identity;

import java.util.Set;

import io.cocareer.shared.Role;

/** An administrator opens an account for a person, who is found by employee id. */
public record CreateAccount(String employeeId, String username, String password, Set<Role> roles) {

	public CreateAccount {
		roles = (roles == null) ? Set.of() : Set.copyOf(roles);
	}

}
