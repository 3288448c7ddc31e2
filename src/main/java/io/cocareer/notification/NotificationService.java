package io.cocareer.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.notification.internal.NotificationPlan;
import io.cocareer.notification.internal.Notifications;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notifications. Everyone sees and marks their own only: another account's
 * notification is not found (404), as if it did not exist.
 * <p>
 * Reading is not audited: it changes nothing anyone else sees, and a log entry per click would
 * bury the changes that matter.
 */
@Service
@Transactional
public class NotificationService {

	/** The bell counts up to here and then shows "99+": a count must stay one cheap statement. */
	public static final int UNREAD_CAP = 100;

	private final Notifications notifications;

	private final Clock clock;

	private final AccountService accounts;

	NotificationService(Notifications notifications, AccountService accounts, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The actor's notifications, the newest first; only unread ones if asked. */
	@Transactional(readOnly = true)
	public PageResult<NotificationView> list(Actor actor, boolean unreadOnly, Paging paging) {
		return this.notifications.page(actor.accountId().value(), unreadOnly, paging);
	}

	/** Unread notifications, counted up to {@link #UNREAD_CAP}. */
	@Transactional(readOnly = true)
	public long unreadCount(Actor actor) {
		return this.notifications.unreadCount(actor.accountId().value(), UNREAD_CAP);
	}

	@Transactional(readOnly = true)
	public NotificationView get(Actor actor, UUID id) {
		return load(actor, id);
	}

	public NotificationView markRead(Actor actor, UUID id) {
		load(actor, id);
		this.notifications.markRead(id, actor.accountId().value(), this.clock.instant());
		return load(actor, id);
	}

	/**
	 * Marks the notification read and answers where it leads: a path inside the app, never
	 * anywhere else (empty when it leads nowhere).
	 */
	public Optional<String> open(Actor actor, UUID id) {
		NotificationView notification = markRead(actor, id);
		return Optional.ofNullable(NotificationPlan.internalLink(notification.link()));
	}

	/** Marks every unread notification of the actor read; answers how many there were. */
	public int markAllRead(Actor actor) {
		return this.notifications.markAllRead(actor.accountId().value(), this.clock.instant());
	}

	/**
	 * Stops every mail still waiting in the outbox for this person (at once, in the caller's
	 * transaction): for someone who withdrew their consent to be contacted, a mail queued before the
	 * withdrawal must not go out after it. Their notifications in the app stay theirs to read.
	 */
	public int stopUnsentMail(PersonId person, String reason) {
		return this.accounts.findByPerson(person)
			.map((account) -> this.notifications.stopUnsentMail(account.id(), reason))
			.orElse(0);
	}

	private NotificationView load(Actor actor, UUID id) {
		return this.notifications.find(id, actor.accountId().value())
			.orElseThrow(() -> new NotFoundException("notification.notFound", "Notification not found"));
	}

}
