package io.cocareer.identity.web;

import java.util.ArrayList;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.stereotype.Component;

/** Accounts for administrators, the audit log for them and the talent lead, everyone's own account. */
@Component
class IdentityNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		List<NavigationItem> items = new ArrayList<>();
		if (reader.isAdministrator()) {
			items.add(NavigationItem.administration("identity.nav.accounts", "/admin/accounts", 40));
		}
		if (reader.has(Role.TALENT_LEAD) || reader.isAdministrator()) {
			items.add(NavigationItem.administration("identity.nav.audit", "/admin/audit", 50));
		}
		items.add(NavigationItem.account("identity.nav.account", "/account", 10));
		return items;
	}

}
