package io.cocareer.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.notification.NotificationService;
import io.cocareer.notification.NotificationView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications over JSON; another account's notification is a 404. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final NotificationService notifications;

	private final NotificationText text;

	NotificationApiController(NotificationService notifications, NotificationText text) {
		this.notifications = notifications;
		this.text = text;
	}

	/** The newest first; {@code unread=true} for the unread ones only. */
	@GetMapping
	NotificationPageResponse list(Actor actor, @RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Locale locale) {
		PageResult<NotificationView> result = this.notifications.list(actor, Boolean.TRUE.equals(unread),
				Paging.of(page, size));
		List<NotificationResponse> items = result.items()
			.stream()
			.map((notification) -> NotificationResponse.of(notification, this.text.of(notification, locale)))
			.toList();
		return new NotificationPageResponse(items, result.page(), result.size(), result.total(),
				this.notifications.unreadCount(actor));
	}

	@GetMapping("/{id}")
	NotificationResponse get(Actor actor, @PathVariable UUID id, Locale locale) {
		NotificationView notification = this.notifications.get(actor, id);
		return NotificationResponse.of(notification, this.text.of(notification, locale));
	}

	@PostMapping("/{id}/read")
	NotificationResponse read(Actor actor, @PathVariable UUID id, Locale locale) {
		NotificationView notification = this.notifications.markRead(actor, id);
		return NotificationResponse.of(notification, this.text.of(notification, locale));
	}

	@PostMapping("/read-all")
	ReadAllResponse readAll(Actor actor) {
		return new ReadAllResponse(this.notifications.markAllRead(actor));
	}

	/** {@code unreadCount} counts up to 100. */
	record NotificationPageResponse(List<NotificationResponse> items, int page, int size, long total,
			long unreadCount) {

	}

	/**
	 * @param asksForAction whether it asks the reader to do something (sign, respond, write)
	 * @param doneAt when that was done or stopped being needed ({@code null}: still to do, or nothing asked)
	 */
	record NotificationResponse(UUID id, String kind, String code, List<String> arguments, String text,
			@Nullable String link, Instant createdAt, @Nullable Instant readAt, boolean unread, boolean asksForAction,
			@Nullable Instant doneAt) {

		static NotificationResponse of(NotificationView view, String text) {
			return new NotificationResponse(view.id(), view.kind(), view.messageCode(), view.arguments(), text,
					view.link(), view.createdAt(), view.readAt(), view.unread(), view.asksForAction(), view.doneAt());
		}

	}

	record ReadAllResponse(int marked) {

	}

}
