package io.cocareer.notification.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.cocareer.notification.NotificationService;
import io.cocareer.notification.NotificationView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications: the newest first, unread ones marked; opening one marks it
 * read and follows its link (only ever a path inside the app).
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final String VIEW = "notifications/list";

	static final int PAGE_SIZE = 20;

	private final NotificationService notifications;

	private final NotificationText text;

	NotificationController(NotificationService notifications, NotificationText text) {
		this.notifications = notifications;
		this.text = text;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		boolean unreadOnly = Boolean.TRUE.equals(unread);
		PageResult<Item> shown = this.notifications.list(actor, unreadOnly, Paging.of(page, PAGE_SIZE))
			.map((notification) -> Item.of(notification, this.text.of(notification, locale)));
		model.addAttribute("notifications", shown);
		model.addAttribute("unreadOnly", unreadOnly);
		model.addAttribute("pagerUrl", "/notifications?unread=" + unreadOnly);
		return VIEW;
	}

	@PostMapping("/{id}/open")
	String open(Actor actor, @PathVariable UUID id) {
		return "redirect:" + this.notifications.open(actor, id).orElse("/notifications");
	}

	@PostMapping("/read-all")
	String readAll(Actor actor, RedirectAttributes redirect) {
		this.notifications.markAllRead(actor);
		redirect.addFlashAttribute("message", "notification.allMarkedRead");
		return "redirect:/notifications";
	}

	/** @param asksForAction whether it asks for an action; {@code done} whether that is done */
	record Item(UUID id, String kind, String text, boolean hasLink, Instant createdAt, boolean unread,
			boolean asksForAction, boolean done) {

		static Item of(NotificationView notification, String text) {
			return new Item(notification.id(), notification.kind(), text, notification.link() != null,
					notification.createdAt(), notification.unread(), notification.asksForAction(),
					notification.done());
		}

	}

}
