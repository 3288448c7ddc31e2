package io.cocareer.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator sets a new password for someone who forgot theirs. */
public class ResetPasswordForm {

	@NotNull(message = "{identity.validation.required}")
	@Size(min = 8, max = 200, message = "{identity.validation.passwordLength}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
