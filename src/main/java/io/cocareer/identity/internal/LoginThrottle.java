package io.cocareer.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles repeated failed logins per user name, in the database so that every instance
 * behind the load balancer sees the same count. After {@code max-failed-logins} failures in a
 * row the name is locked; each further failure doubles the lock, up to an hour.
 */
@Component
public class LoginThrottle {

	private static final Duration MAX_LOCK = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockTime;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${cocareer.identity.max-failed-logins:5}") int maxFailures,
			@Value("${cocareer.identity.lock-time:PT1M}") Duration lockTime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = lockTime;
	}

	/**
	 * Whether the name has failed logins on record, and until when it is locked (null when a login
	 * may be tried). One read serves both, so a clean sign-in needs no write.
	 */
	@Transactional(readOnly = true)
	public Status status(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_throttle where username = :username")
			.param("username", key(username))
			.query((rs, row) -> new Status(true, Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))
				.map(OffsetDateTime::toInstant)
				.filter((until) -> until.isAfter(now))
				.orElse(null)))
			.optional()
			.orElse(Status.CLEAN);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username) {
		String key = key(username);
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("select failures from login_throttle where username = :username")
			.param("username", key)
			.query(Integer.class)
			.optional()
			.orElse(0) + 1;
		Instant lockedUntil = null;
		if (failures >= this.maxFailures) {
			long factor = 1L << Math.min(failures - this.maxFailures, 10);
			Duration lock = this.lockTime.multipliedBy(factor);
			lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
		}
		int updated = this.jdbc.sql("""
				update login_throttle set failures = :failures, last_failure_at = :now, locked_until = :lockedUntil
				where username = :username""")
			.param("failures", failures)
			.param("now", java.sql.Timestamp.from(now))
			.param("lockedUntil", (lockedUntil != null) ? java.sql.Timestamp.from(lockedUntil) : null, java.sql.Types.TIMESTAMP)
			.param("username", key)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into login_throttle (username, failures, last_failure_at, locked_until)
					values (:username, :failures, :now, :lockedUntil)""")
				.param("username", key)
				.param("failures", failures)
				.param("now", java.sql.Timestamp.from(now))
				.param("lockedUntil", (lockedUntil != null) ? java.sql.Timestamp.from(lockedUntil) : null,
						java.sql.Types.TIMESTAMP)
				.update();
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		this.jdbc.sql("delete from login_throttle where username = :username").param("username", key(username)).update();
	}

	public record Status(boolean hasFailures, Instant lockedUntil) {

		static final Status CLEAN = new Status(false, null);

		public boolean isLocked() {
			return this.lockedUntil != null;
		}

	}

	private static String key(String username) {
		String key = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > 60) ? key.substring(0, 60) : key;
	}

}
