package io.cocareer.talent.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/** A talent's own profile; the pool, the 9-box and the competency catalogue for the talent lead. */
@Component
class TalentNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		List<NavigationItem> items = new ArrayList<>();
		if (reader.has(Role.TALENT)) {
			items.add(NavigationItem.main("talent.nav.myProfile", "/talents/me", 10, "profile"));
		}
		if (reader.isTalentLead()) {
			items.add(NavigationItem.main("talent.nav.pool", "/talents", 30, "talents"));
			items.add(NavigationItem.administration("talent.nav.competencies", "/talents/competencies", 30));
		}
		return items;
	}

}
