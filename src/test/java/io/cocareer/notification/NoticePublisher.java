package io.cocareer.notification;

import java.util.List;
import java.util.UUID;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes notices the way a module's service does (inside its transaction), and reads what was
 * stored, for the notification tests. Test-only; the tour module is not needed.
 */
final class NoticePublisher {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final AccountService accounts;

	NoticePublisher(ApplicationEventPublisher events, PlatformTransactionManager transactionManager, JdbcClient jdbc,
			AccountService accounts) {
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Publishes inside a transaction that commits. */
	void publish(Notice notice) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(notice));
	}

	/** Publishes inside a transaction that is then rolled back, as when the publisher's change fails. */
	void publishAndRollBack(Notice notice) {
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(notice);
			status.setRollbackOnly();
		});
	}

	AccountView account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	Actor actor(String username) {
		AccountView account = account(username);
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()), account.displayName(), account.roles());
	}

	/** The stored rows of a notice, found by its (test-unique) kind. */
	List<Row> rowsOfKind(String kind) {
		return this.jdbc.sql("""
				select n.id, n.account_id, n.link, n.email_to, n.emailed_at, n.email_attempts, n.email_error,
				n.email_next_at, n.read_at
				from notification n where n.kind = :kind order by n.created_at, n.id""")
			.param("kind", kind)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getString("link"), rs.getString("email_to"), rs.getTimestamp("emailed_at") != null,
					rs.getInt("email_attempts"), rs.getString("email_error"), rs.getTimestamp("email_next_at"),
					rs.getTimestamp("read_at") != null))
			.list();
	}

	/** A kind no other test uses, so assertions hold whatever else is in the shared database. */
	static String uniqueKind(String what) {
		return "test." + what + "." + Long.toString(System.nanoTime(), 36);
	}

	record Row(UUID id, UUID accountId, String link, String emailTo, boolean emailed, int attempts, String error,
			java.sql.Timestamp nextAt, boolean read) {

	}

}
