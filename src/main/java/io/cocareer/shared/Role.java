package io.cocareer.shared;

/**
 * What a person may do in CoCareer. An account holds one or more roles; relationships
 * (who reports to whom) narrow what a role may see.
 */
public enum Role {

	TALENT_LEAD, MANAGER, TALENT, ALUMNUS, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
