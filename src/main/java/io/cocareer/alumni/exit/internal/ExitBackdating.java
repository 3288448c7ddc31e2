package io.cocareer.alumni.exit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo alone: moves an exit protocol's moments (started, consent, interview, completed)
 * back to the days of its story, which the service stamps with today.
 */
@Component
public class ExitBackdating {

	private final JdbcClient jdbc;

	ExitBackdating(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Started, consented and interviewed on {@code startedOn} (where they were). */
	@Transactional
	public void startedOn(UUID exitId, LocalDate startedOn) {
		var at = startedOn.atTime(10, 0).toInstant(ZoneOffset.UTC);
		var timestamp = java.sql.Timestamp.from(at);
		this.jdbc.sql("update alumni_exit set started_at = :at where id = :id").param("at", timestamp).param("id", exitId)
			.update();
		this.jdbc.sql("update alumni_exit set consent_given_at = :at where id = :id and consent_given_at is not null")
			.param("at", timestamp)
			.param("id", exitId)
			.update();
		this.jdbc.sql("update alumni_exit set interview_given_at = :at where id = :id and interview_given_at is not null")
			.param("at", timestamp)
			.param("id", exitId)
			.update();
	}

	/** Completed on {@code completedOn}. */
	@Transactional
	public void completedOn(UUID exitId, LocalDate completedOn) {
		var at = completedOn.atTime(16, 0).toInstant(ZoneOffset.UTC);
		this.jdbc.sql("update alumni_exit set completed_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(at))
			.param("id", exitId)
			.update();
	}

}
