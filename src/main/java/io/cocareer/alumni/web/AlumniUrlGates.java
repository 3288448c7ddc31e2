package io.cocareer.alumni.web;

import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/**
 * The alumni capability's coarse gates, shared by its nested modules so that no two of them guard
 * overlapping paths. Administrators run the system and read no careers: they reach none of it. The
 * mobility policy is everyone's who works or worked here; the alumni pages are staff's and alumni's
 * (each nested module's access policy then decides what each sees); the portal is the alumni's.
 */
@Component
class AlumniUrlGates implements UrlGateContributor {

	private static final Set<Role> PEOPLE = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ALUMNUS);

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.roles(PEOPLE, "/mobility", "/mobility/**"),
				UrlGate.roles(PEOPLE, "/alumni", "/alumni/**"),
				UrlGate.roles(Set.of(Role.ALUMNUS), "/portal", "/portal/**"));
	}

	/**
	 * The API is staff's by default: the alumni's part of it ({@code /api/v1/alumni/**}) is also the
	 * alumni's; each nested module's access policy then decides. Administrators reach none of it.
	 * (An alumnus' own {@code /api/v1/me/…} is every signed-in user's already.)
	 */
	@Override
	public List<UrlGate> apiGates() {
		return List.of(UrlGate.roles(PEOPLE, "/api/v1/alumni", "/api/v1/alumni/**"));
	}

}
