package io.cocareer.notification.web;

import java.util.List;
import java.util.Map;

import io.cocareer.shared.Actor;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.PageSection;

import org.springframework.stereotype.Component;

/** The bell with the unread count, for everyone signed in (see NotificationBellAdvice). */
@Component
class NotificationNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation(Actor reader) {
		return List.of();
	}

	@Override
	public List<PageSection> widgets(Actor reader) {
		return List.of(new PageSection("notification-bell", 10, "notifications/bell", "bell", Map.of()));
	}

}
