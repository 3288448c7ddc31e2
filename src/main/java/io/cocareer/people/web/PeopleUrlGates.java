package io.cocareer.people.web;

import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/**
 * The directory is for staff (alumni have left); changing people and units and importing them is
 * for the talent lead and administrators.
 */
@Component
class PeopleUrlGates implements UrlGateContributor {

	private static final Set<Role> KEEPERS = Set.of(Role.ADMIN, Role.TALENT_LEAD);

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.roles(KEEPERS, "/people/import/**", "/people/new", "/people/*/edit", "/units/**"),
				UrlGate.roles(Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ADMIN), "/people/**"));
	}

	@Override
	public List<UrlGate> apiGates() {
		return List.of(UrlGate.roles(KEEPERS, "/api/v1/imports/**"));
	}

}
