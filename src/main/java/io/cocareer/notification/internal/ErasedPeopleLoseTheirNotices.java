package io.cocareer.notification.internal;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PersonErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's notices go, read or not, with the mail still waiting to be sent for them; so
 * do the notices to others whose words name them ({@code Notice.about}: "Alex asks to come back",
 * told to the talent lead), which would otherwise keep their name. Other notices to others keep
 * their words: they are what those people were told. After the erasure is committed, through the
 * event publication registry (retried if it fails); idempotent.
 */
@Component
class ErasedPeopleLoseTheirNotices {

	private final AccountService accounts;

	private final Notifications notifications;

	ErasedPeopleLoseTheirNotices(AccountService accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.accounts.findByPerson(event.personId())
			.ifPresent((account) -> this.notifications.deleteAllOf(account.id()));
		this.notifications.deleteAllAbout(event.personId().value());
	}

}
