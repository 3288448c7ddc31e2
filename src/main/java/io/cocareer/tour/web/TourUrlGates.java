package io.cocareer.tour.web;

import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.UrlGate;
import io.cocareer.shared.web.UrlGateContributor;

import org.springframework.stereotype.Component;

/** The tours pages are for the programme's people; administrators use the API only. */
@Component
class TourUrlGates implements UrlGateContributor {

	@Override
	public List<UrlGate> pageGates() {
		return List.of(UrlGate.roles(Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT), "/tours/**"));
	}

}
