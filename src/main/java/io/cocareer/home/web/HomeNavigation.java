package io.cocareer.home.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/** Home for everyone; the team page for managers (their home, unless they lead the programme). */
@Component
class HomeNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		List<NavigationItem> items = new ArrayList<>();
		items.add(NavigationItem.main("home.nav.home", "/", 0, "home"));
		if (reader.has(Role.MANAGER)) {
			items.add(NavigationItem.main("home.nav.team", "/team", 20, "team"));
		}
		return items;
	}

}
