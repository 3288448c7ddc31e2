package io.cocareer.notification.web;

import io.cocareer.notification.NotificationService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.ActorHolder;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the bell into every page's model for the navigation. The bell counts only when the page
 * draws it: one small statement per rendered page, none for redirects, JSON or anonymous pages.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBellAdvice {

	private final NotificationService notifications;

	NotificationBellAdvice(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("bell")
	Bell bell() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
			return new Bell(this.notifications, holder.actor());
		}
		return null;
	}

	/** The unread count of the signed-in user, counted once, on first use. */
	static final class Bell {

		private final NotificationService notifications;

		private final Actor actor;

		private Long count;

		Bell(NotificationService notifications, Actor actor) {
			this.notifications = notifications;
			this.actor = actor;
		}

		public long count() {
			if (this.count == null) {
				this.count = this.notifications.unreadCount(this.actor);
			}
			return this.count;
		}

		/** What the badge says: the count, or "99+" beyond. */
		public String label() {
			return (count() >= NotificationService.UNREAD_CAP) ? (NotificationService.UNREAD_CAP - 1) + "+"
					: String.valueOf(count());
		}

	}

}
