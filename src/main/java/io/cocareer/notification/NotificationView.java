package io.cocareer.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification as its recipient sees it. The text is not stored: it is rendered from
 * {@code messageCode} and {@code arguments} in the reader's language.
 * @param asksForAction whether it asks the recipient to do something (sign, respond, write)
 * @param doneAt when that was done (or stopped being needed); {@code null} while it is still to do
 */
public record NotificationView(UUID id, String kind, String messageCode, List<String> arguments, String link,
		Instant createdAt, Instant readAt, boolean asksForAction, Instant doneAt) {

	/** An informing notification (no action asked). */
	public NotificationView(UUID id, String kind, String messageCode, List<String> arguments, String link,
			Instant createdAt, Instant readAt) {
		this(id, kind, messageCode, arguments, link, createdAt, readAt, false, null);
	}

	public NotificationView {
		arguments = List.copyOf(arguments);
	}

	public boolean unread() {
		return this.readAt == null;
	}

	/** Asks for an action that is done. */
	public boolean done() {
		return this.doneAt != null;
	}

}
