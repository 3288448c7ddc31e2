package io.cocareer.identity.internal;

import io.cocareer.people.PersonErased;
import io.cocareer.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased person's account is locked for good and says nothing of them any more: its user name
 * and display name (copies of their name or email) are replaced, it is disabled, its API tokens
 * are deleted and its web sessions end. The row stays: tours and notes refer to the account that
 * wrote them. After the erasure is committed, through the event publication registry (retried if
 * it fails); idempotent, as a retry may find the account already erased. The audit log keeps the
 * entries it had, by user name: it is the security record of what was done.
 */
@Component
class ErasedPeopleLoseTheirAccount {

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final WebSessions sessions;

	private final ApplicationEventPublisher events;

	ErasedPeopleLoseTheirAccount(AccountRepository accounts, ApiTokenRepository tokens, WebSessions sessions,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sessions = sessions;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(PersonErased event) {
		this.accounts.findByPersonId(event.personId().value()).filter((account) -> !account.isErased()).ifPresent((account) -> {
			String username = account.username();
			this.tokens.deleteAll(this.tokens.findByAccountIdOrderByCreatedAtDesc(account.id()));
			account.erase();
			this.accounts.flush();
			this.sessions.endAll(username);
			this.events.publishEvent(AuditEvent.open("account.erased", "account", account.id()));
		});
	}

}
