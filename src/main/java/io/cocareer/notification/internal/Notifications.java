package io.cocareer.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.notification.NotificationView;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table, in plain SQL: every change is one statement that touches only
 * its own columns (read, mailed, a mail attempt), so the app and the outbox never overwrite each
 * other, and inserts skip a repeated dedup key instead of failing (on H2 and PostgreSQL alike).
 */
@Repository
public class Notifications {

	static final int MAX_ARGUMENTS_JSON = 4000;

	/** More than any message needs; with at most this many, shortening always ends below the column size. */
	static final int MAX_ARGUMENTS = 50;

	private static final String COLUMNS = "id, kind, message_code, arguments, link, created_at, read_at, action_key, done_at";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** Deletes every notification of the account, read or not, mailed or waiting. */
	public int deleteAllOf(UUID accountId) {
		return this.jdbc.sql("delete from notification where account_id = :account").param("account", accountId).update();
	}

	/**
	 * Deletes every notification whose words name the person ({@code Notice.about}), whoever it was
	 * for, read or not, mailed or waiting. Returns how many it deleted.
	 */
	public int deleteAllAbout(UUID personId) {
		return this.jdbc.sql("delete from notification where about_person_id = :person")
			.param("person", personId)
			.update();
	}

	/**
	 * What is stored for every recipient of one notice.
	 * @param about the person its words name, or null
	 */
	public record Content(String kind, String messageCode, List<String> arguments, String link, String dedupKey,
			String actionKey, UUID about) {

		public Content(String kind, String messageCode, List<String> arguments, String link, String dedupKey,
				String actionKey) {
			this(kind, messageCode, arguments, link, dedupKey, actionKey, null);
		}

		public Content(String kind, String messageCode, List<String> arguments, String link, String dedupKey) {
			this(kind, messageCode, arguments, link, dedupKey, null, null);
		}

	}

	/** Which of these accounts already have a notification with this dedup key. */
	public Set<UUID> accountsHavingKey(String dedupKey, Collection<UUID> accountIds) {
		if (dedupKey == null || accountIds.isEmpty()) {
			return Set.of();
		}
		Set<UUID> found = new HashSet<>();
		List<UUID> ids = List.copyOf(new HashSet<>(accountIds));
		for (int from = 0; from < ids.size(); from += 1000) {
			found.addAll(this.jdbc
				.sql("select account_id from notification where dedup_key = :key and account_id in (:ids)")
				.param("key", dedupKey)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(UUID.class)
				.list());
		}
		return found;
	}

	/**
	 * Stores the notice once per recipient in one batch. A row whose (account, dedup key) was
	 * stored meanwhile by a concurrent transaction is skipped by the database, not refused: a
	 * refusal would roll back the publisher's change. Returns how many rows were written.
	 */
	public int insert(Content content, List<NotificationPlan.Recipient> recipients, Instant now) {
		if (recipients.isEmpty()) {
			return 0;
		}
		String arguments = argumentsJson(content.arguments());
		SqlParameterSource[] rows = recipients.stream()
			.map((recipient) -> new MapSqlParameterSource().addValue("id", UUID.randomUUID())
				.addValue("accountId", recipient.accountId())
				.addValue("kind", content.kind())
				.addValue("messageCode", content.messageCode())
				.addValue("arguments", arguments)
				.addValue("link", content.link())
				.addValue("dedupKey", content.dedupKey())
				.addValue("actionKey", content.actionKey())
				.addValue("about", content.about())
				.addValue("createdAt", Timestamp.from(now))
				.addValue("emailTo", recipient.email())
				.addValue("emailNextAt", (recipient.email() != null) ? Timestamp.from(now) : null))
			.toArray(SqlParameterSource[]::new);
		int[] counts = this.batch.batchUpdate("""
				insert into notification (id, account_id, kind, message_code, arguments, link, dedup_key, action_key,
					about_person_id, created_at, email_to, email_attempts, email_next_at)
				values (:id, :accountId, :kind, :messageCode, :arguments, :link, :dedupKey, :actionKey, :about,
					:createdAt, :emailTo, 0, :emailNextAt)
				on conflict do nothing""", rows);
		int written = 0;
		for (int count : counts) {
			// a driver may answer "done, count unknown" (-2) for a batched statement
			written += (count == java.sql.Statement.SUCCESS_NO_INFO) ? 1 : count;
		}
		return written;
	}

	public PageResult<NotificationView> page(UUID accountId, boolean unreadOnly, Paging paging) {
		String where = " where account_id = :accountId" + (unreadOnly ? " and read_at is null" : "");
		List<NotificationView> rows = this.jdbc.sql("select " + COLUMNS + " from notification" + where
				+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("accountId", accountId)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(this::view)
			.list();
		// a first page that is not full already says how many there are
		long total = (paging.page() == 0 && rows.size() < paging.size()) ? rows.size()
				: this.jdbc.sql("select count(*) from notification" + where)
					.param("accountId", accountId)
					.query(Long.class)
					.single();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	/** Unread notifications of the account, counted up to {@code cap} (a bell shows "99+", not 12,345). */
	public long unreadCount(UUID accountId, int cap) {
		return this.jdbc.sql("""
				select count(*) from (select 1 from notification where account_id = :accountId and read_at is null
				limit :cap) unread""")
			.param("accountId", accountId)
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** The account's notification with this id; another account's is not found. */
	public Optional<NotificationView> find(UUID id, UUID accountId) {
		return this.jdbc.sql("select " + COLUMNS + " from notification where id = :id and account_id = :accountId")
			.param("id", id)
			.param("accountId", accountId)
			.query(this::view)
			.optional();
	}

	/** Marks it read unless it already is (the first reading time stays). */
	public void markRead(UUID id, UUID accountId, Instant now) {
		this.jdbc.sql("update notification set read_at = :now where id = :id and account_id = :accountId and read_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("accountId", accountId)
			.update();
	}

	public int markAllRead(UUID accountId, Instant now) {
		return this.jdbc.sql("update notification set read_at = :now where account_id = :accountId and read_at is null")
			.param("now", Timestamp.from(now))
			.param("accountId", accountId)
			.update();
	}

	/**
	 * Marks the notifications asking for this action done, of these accounts ({@code null}: of every
	 * account), unless they already are. Returns how many it marked.
	 */
	public int markDone(String actionKey, Collection<UUID> accountIds, Instant now) {
		if (accountIds == null) {
			return this.jdbc.sql("update notification set done_at = :now where action_key = :key and done_at is null")
				.param("now", Timestamp.from(now))
				.param("key", actionKey)
				.update();
		}
		if (accountIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("update notification set done_at = :now"
				+ " where action_key = :key and done_at is null and account_id in (:ids)")
			.param("now", Timestamp.from(now))
			.param("key", actionKey)
			.param("ids", List.copyOf(new HashSet<>(accountIds)))
			.update();
	}

	/** A mail the outbox owes. */
	public record Mail(UUID id, String emailTo, String messageCode, List<String> arguments, String link,
			int attempts) {

	}

	/** Mail due now, the oldest first; not yet sent, not given up. */
	public List<Mail> dueMail(Instant now, int limit) {
		return this.jdbc.sql("""
				select id, email_to, message_code, arguments, link, email_attempts from notification
				where email_next_at <= :now and emailed_at is null and email_to is not null
				order by email_next_at limit :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new Mail(rs.getObject("id", UUID.class), rs.getString("email_to"),
					rs.getString("message_code"), arguments(rs.getString("arguments")), rs.getString("link"),
					rs.getInt("email_attempts")))
			.list();
	}

	/**
	 * Takes one attempt at a mail: counts it and moves its next try to {@code retryAt} ({@code null}:
	 * none after this one), in one statement that succeeds only if nobody (another instance, a
	 * previous run) took this attempt first. The pushed-back time is also a lease: if this
	 * instance dies while sending, the mail is tried again then.
	 */
	public boolean claim(Mail mail, Instant now, Instant retryAt) {
		return this.jdbc.sql("""
				update notification set email_attempts = email_attempts + 1, email_next_at = :retryAt
				where id = :id and email_attempts = :attempts and emailed_at is null and email_next_at <= :now""")
			.param("retryAt", (retryAt != null) ? Timestamp.from(retryAt) : null, java.sql.Types.TIMESTAMP)
			.param("id", mail.id())
			.param("attempts", mail.attempts())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public void mailed(UUID id, Instant now) {
		this.jdbc.sql("update notification set emailed_at = :now, email_next_at = null, email_error = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/**
	 * Mail not yet sent to this account is not sent at all: nothing is due any more and the reason
	 * is kept on the row. Answers how many mails were stopped.
	 */
	public int stopUnsentMail(UUID accountId, String reason) {
		return this.jdbc.sql("""
				update notification set email_next_at = null, email_error = :reason
				where account_id = :account and emailed_at is null and email_next_at is not null""")
			.param("reason", NotificationPlan.truncate(reason, 300))
			.param("account", accountId)
			.update();
	}

	public void mailFailed(UUID id, String error) {
		this.jdbc.sql("update notification set email_error = :error where id = :id")
			.param("error", NotificationPlan.truncate(error, 300))
			.param("id", id)
			.update();
	}

	/** The arguments as a JSON array; an overlong one is shortened until the whole fits its column. */
	String argumentsJson(List<String> arguments) {
		List<String> values = new ArrayList<>(
				arguments.stream().limit(MAX_ARGUMENTS).map((a) -> (a != null) ? a : "").toList());
		String encoded = this.json.writeValueAsString(values);
		while (encoded.length() > MAX_ARGUMENTS_JSON) {
			int longest = 0;
			for (int i = 1; i < values.size(); i++) {
				if (values.get(i).length() > values.get(longest).length()) {
					longest = i;
				}
			}
			String value = values.get(longest);
			values.set(longest, value.substring(0, value.length() / 2) + "…");
			encoded = this.json.writeValueAsString(values);
		}
		return encoded;
	}

	private List<String> arguments(String encoded) {
		return List.of(this.json.readValue(encoded, String[].class));
	}

	private NotificationView view(ResultSet rs, int row) throws SQLException {
		return new NotificationView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("message_code"),
				arguments(rs.getString("arguments")), rs.getString("link"), instant(rs, "created_at"),
				instant(rs, "read_at"), rs.getString("action_key") != null, instant(rs, "done_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
