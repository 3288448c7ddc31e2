package io.cocareer.toolbox.rotation.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves a plan's dates back, for the demo's story (a plan confirmed weeks ago). */
@Component
public class RotationBackdating {

	private final JdbcClient jdbc;

	RotationBackdating(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void backdate(UUID planId, int days) {
		Duration back = Duration.ofDays(days);
		this.jdbc.sql("select created_at, planned_at, confirmed_at from toolbox_rotation_plan where id = :id")
			.param("id", planId)
			.query((rs, row) -> new Timestamp[] { rs.getTimestamp(1), rs.getTimestamp(2), rs.getTimestamp(3) })
			.optional()
			.ifPresent((t) -> this.jdbc.sql("""
					update toolbox_rotation_plan set created_at = :created, planned_at = :planned, confirmed_at = :confirmed
					where id = :id""")
				.param("created", Timestamp.from(t[0].toInstant().minus(back)))
				.param("planned", Timestamp.from(t[1].toInstant().minus(back)))
				.param("confirmed", (t[2] != null) ? Timestamp.from(t[2].toInstant().minus(back)) : null, java.sql.Types.TIMESTAMP)
				.param("id", planId)
				.update());
	}

}
