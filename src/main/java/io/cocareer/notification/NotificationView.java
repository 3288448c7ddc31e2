package io.cocareer.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification as its recipient sees it. The text is not stored: it is rendered from
 * {@code messageCode} and {@code arguments} in the reader's language.
 */
public record NotificationView(UUID id, String kind, String messageCode, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public NotificationView {
		arguments = List.copyOf(arguments);
	}

	public boolean unread() {
		return this.readAt == null;
	}

}
