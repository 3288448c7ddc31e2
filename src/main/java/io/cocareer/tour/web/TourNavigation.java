package io.cocareer.tour.web;

import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/** The tours for the programme's people (administrators have no tours pages, see TourUrlGates). */
@Component
class TourNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		if (reader.has(Role.TALENT_LEAD) || reader.has(Role.MANAGER) || reader.has(Role.TALENT)) {
			return List.of(NavigationItem.main("tour.nav.packages", "/tours", 50, "tours"));
		}
		return List.of();
	}

}
