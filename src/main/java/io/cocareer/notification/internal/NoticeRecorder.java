package io.cocareer.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.identity.AccountRef;
import io.cocareer.identity.AccountService;
import io.cocareer.notification.MailSettings;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PersonId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every {@link Notice} for its recipients. A plain (synchronous) listener on purpose: the
 * rows are written in the publisher's transaction, so a change that is rolled back notifies
 * nobody, and a committed one is never without its notifications. Mail is not sent here: the
 * {@link MailOutbox} sends it from the stored rows after commit.
 * <p>
 * Four statements per notice whatever the number of recipients: accounts of the people,
 * accounts holding the roles, their email addresses, the rows already holding the dedup key
 * (then one batch insert).
 */
@Component
class NoticeRecorder {

	private static final Logger log = LoggerFactory.getLogger(NoticeRecorder.class);

	private final AccountService accounts;

	private final PeopleDirectory people;

	private final Notifications notifications;

	private final MailSettings mail;

	private final Clock clock;

	NoticeRecorder(AccountService accounts, PeopleDirectory people, Notifications notifications, MailSettings mail,
			Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.notifications = notifications;
		this.mail = mail;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(Notice notice) {
		List<AccountRef> found = new ArrayList<>();
		if (!notice.personIds().isEmpty()) {
			found.addAll(this.accounts.enabledAccountsOf(notice.personIds()));
		}
		found.addAll(this.accounts.enabledAccountsHolding(notice.roles()));
		if (found.isEmpty()) {
			log.debug("Notice {} has no recipient with an account", notice.kind());
			return;
		}
		String dedupKey = NotificationPlan.storedDedupKey(notice.dedupKey());
		Set<UUID> already = this.notifications.accountsHavingKey(dedupKey,
				found.stream().map((account) -> account.accountId().value()).toList());
		List<NotificationPlan.Recipient> recipients = NotificationPlan.recipients(found, emails(found, already),
				already);
		String link = NotificationPlan.internalLink(notice.link());
		if (link == null && notice.link() != null) {
			log.warn("Notice {} has a link outside the app, dropped: {}", notice.kind(), notice.link());
		}
		Notifications.Content content = new Notifications.Content(
				NotificationPlan.truncate(notice.kind(), NotificationPlan.MAX_KIND),
				NotificationPlan.truncate(notice.messageCode(), NotificationPlan.MAX_CODE), notice.arguments(), link,
				dedupKey, NotificationPlan.truncate(notice.actionKey(), NotificationPlan.MAX_DEDUP_KEY), notice.about());
		Instant now = this.clock.instant();
		if (content.actionKey() != null) {
			// one open to-do per action and person: a newer notice asking the same ("Tara signed, it
			// awaits your signature") replaces the older one ("the agreement awaits your signature")
			this.notifications.markDone(content.actionKey(),
					recipients.stream().map(NotificationPlan.Recipient::accountId).toList(), now);
		}
		this.notifications.insert(content, recipients, now);
	}

	/**
	 * The action some notices asked for is taken: they are marked done, in the publisher's
	 * transaction like the notices themselves.
	 */
	@EventListener
	@Transactional
	void on(NoticeDone done) {
		String key = NotificationPlan.truncate(done.actionKey(), NotificationPlan.MAX_DEDUP_KEY);
		if (done.personIds().isEmpty()) {
			this.notifications.markDone(key, null, this.clock.instant());
			return;
		}
		List<UUID> accountIds = this.accounts.enabledAccountsOf(done.personIds())
			.stream()
			.map((account) -> account.accountId().value())
			.toList();
		this.notifications.markDone(key, accountIds, this.clock.instant());
	}

	/** Addresses of the people who will be mailed; none when mail is off. */
	private Map<UUID, String> emails(List<AccountRef> found, Set<UUID> already) {
		if (!this.mail.enabled()) {
			return Map.of();
		}
		List<UUID> personIds = found.stream()
			.filter((account) -> !already.contains(account.accountId().value()))
			.map((account) -> PersonId.valueOf(account.personId()))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.people.summaries(personIds)
			.values()
			.stream()
			.filter((person) -> person.email() != null)
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::email));
	}

}
