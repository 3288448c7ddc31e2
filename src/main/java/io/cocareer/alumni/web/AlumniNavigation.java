package io.cocareer.alumni.web;

import java.util.List;

import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/**
 * The one link of the alumni programme in a staff member's bar: to {@code /alumni}, where every
 * part they work with has its card. Alumni have the portal's links instead; administrators none.
 */
@Component
class AlumniNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(io.cocareer.shared.Actor reader) {
		boolean staff = reader.personId() != null
				&& (reader.has(Role.TALENT_LEAD) || reader.has(Role.MANAGER) || reader.has(Role.TALENT));
		return staff ? List.of(NavigationItem.main("alumni.hub.nav", "/alumni", 58, "alumni")) : List.of();
	}

}
