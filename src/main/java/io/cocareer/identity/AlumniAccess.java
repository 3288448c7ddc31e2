package io.cocareer.identity;

import org.jspecify.annotations.Nullable;

/**
 * The alumni portal account a leaver got at the end of their exit ({@link AccountService#openAlumniAccess}).
 * @param username the user name they sign in with
 * @param oneTimePassword the password of a new account, to be handed to them once (it is stored only
 * as a hash); {@code null} when their existing account was reopened with its own password
 */
public record AlumniAccess(String username, @Nullable String oneTimePassword) {

	public boolean created() {
		return this.oneTimePassword != null;
	}

}
