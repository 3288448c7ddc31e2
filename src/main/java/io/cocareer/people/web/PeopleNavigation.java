package io.cocareer.people.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/** The directory for staff; importing people and keeping units for the talent lead and administrators. */
@Component
class PeopleNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		List<NavigationItem> items = new ArrayList<>();
		if (reader.isStaff()) {
			items.add(NavigationItem.main("people.nav.people", "/people", 60, "people"));
		}
		if (reader.has(Role.TALENT_LEAD) || reader.has(Role.ADMIN)) {
			items.add(NavigationItem.administration("people.nav.import", "/people/import", 10));
			items.add(NavigationItem.administration("people.nav.units", "/units", 20));
		}
		return items;
	}

}
