package io.cocareer.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, the new one twice. */
public class PasswordForm {

	@NotBlank(message = "{identity.validation.required}")
	private String currentPassword;

	@NotNull(message = "{identity.validation.required}")
	@Size(min = 8, max = 200, message = "{identity.validation.passwordLength}")
	private String newPassword;

	@NotBlank(message = "{identity.validation.required}")
	private String confirmPassword;

	boolean confirmationMatches() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
