package io.cocareer.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.CreateAccount;
import io.cocareer.shared.Role;

/** An administrator opens an account for a person, who is chosen by employee id. */
public class NewAccountForm {

	@NotBlank(message = "{identity.validation.required}")
	@Size(max = 40, message = "{identity.validation.employeeIdLength}")
	private String employeeId;

	@NotBlank(message = "{identity.validation.required}")
	@Pattern(regexp = AccountService.USERNAME_PATTERN, message = "{identity.account.usernameInvalid}")
	private String username;

	@NotNull(message = "{identity.validation.required}")
	@Size(min = 8, max = 200, message = "{identity.validation.passwordLength}")
	private String password;

	@NotEmpty(message = "{identity.rule.noRole}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	CreateAccount toCommand() {
		return new CreateAccount(this.employeeId, this.username, this.password, this.roles);
	}

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles == null) ? EnumSet.noneOf(Role.class) : roles;
	}

}
