package io.cocareer.toolbox.web;

import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/**
 * The one link of the toolbox in a staff member's bar: to {@code /toolbox}, where every practice
 * they take part in has its card. Alumni and administrators have none.
 */
@Component
class ToolboxNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		boolean staff = reader.personId() != null
				&& (reader.has(Role.TALENT_LEAD) || reader.has(Role.MANAGER) || reader.has(Role.TALENT));
		return staff ? List.of(NavigationItem.main("toolbox.hub.nav", "/toolbox", 59, "toolbox")) : List.of();
	}

}
