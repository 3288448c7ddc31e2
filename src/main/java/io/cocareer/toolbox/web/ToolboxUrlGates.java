package io.cocareer.toolbox.web;

import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/**
 * The toolbox's coarse gates, shared by its nested modules so that no two of them guard
 * overlapping paths: the toolbox is staff's (each nested module's access policy then decides what
 * each sees and does). Administrators run the system and read no careers: they reach none of it;
 * alumni neither, the toolbox is for people who work here.
 */
@Component
class ToolboxUrlGates implements UrlGateContributor {

	private static final Set<Role> STAFF = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT);

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.roles(STAFF, "/toolbox", "/toolbox/**"));
	}

	@Override
	public List<UrlGate> apiGates() {
		return List.of(UrlGate.roles(STAFF, "/api/v1/toolbox", "/api/v1/toolbox/**"),
				UrlGate.roles(STAFF, "/api/v1/diagnostics", "/api/v1/diagnostics/**"),
				UrlGate.roles(STAFF, "/api/v1/infographic.svg", "/api/v1/infographic.pdf"));
	}

}
