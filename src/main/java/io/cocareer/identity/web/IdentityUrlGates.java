package io.cocareer.identity.web;

import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/** Sign-in for anyone, accounts for administrators, the audit log for them and the talent lead. */
@Component
class IdentityUrlGates implements UrlGateContributor {

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.open("/login"), UrlGate.roles(Set.of(Role.ADMIN), "/admin/accounts", "/admin/accounts/**"),
				UrlGate.roles(Set.of(Role.ADMIN, Role.TALENT_LEAD), "/admin/**"));
	}

	@Override
	public List<UrlGate> apiGates() {
		return List.of(UrlGate.roles(Set.of(Role.ADMIN), "/api/v1/admin/accounts/**", "/api/v1/admin/accounts"),
				UrlGate.roles(Set.of(Role.ADMIN, Role.TALENT_LEAD), "/api/v1/admin/**"),
				// every signed-in user, alumni included, reads their account and manages their own tokens
				UrlGate.signedIn("/api/v1/me", "/api/v1/me/**"));
	}

}
