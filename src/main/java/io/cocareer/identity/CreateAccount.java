package io.cocareer.identity;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cocareer.shared.Role;

/** An administrator opens an account for a person, who is found by employee id. */
public record CreateAccount(String employeeId, String username, String password, Set<Role> roles) {

	public CreateAccount {
		// a form or JSON body can carry an empty role value, which binds to null: it is no role
		roles = (roles == null) ? Set.of()
				: roles.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

}
