package io.cocareer.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import io.cocareer.shared.Role;

/** The roles of an account, as checkboxes. */
public class RolesForm {

	@NotEmpty(message = "{identity.rule.noRole}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	static RolesForm of(Set<Role> roles) {
		RolesForm form = new RolesForm();
		form.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		return form;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles == null) ? EnumSet.noneOf(Role.class) : roles;
	}

}
