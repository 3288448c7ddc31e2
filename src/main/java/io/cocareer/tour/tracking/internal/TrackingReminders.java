package io.cocareer.tour.tracking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reminders already sent, so that the daily job sends each one once, however often it runs. */
@Component
public class TrackingReminders {

	private final JdbcClient jdbc;

	TrackingReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the reminder; false if it had already been sent. */
	public boolean markSent(UUID tourId, String kind, LocalDate dueOn, Instant now) {
		Integer sent = this.jdbc
			.sql("select count(*) from tour_tracking_reminder where tour_id = ? and kind = ? and due_on = ?")
			.params(tourId, kind, dueOn)
			.query(Integer.class)
			.single();
		if (sent > 0) {
			return false;
		}
		this.jdbc.sql("insert into tour_tracking_reminder (tour_id, kind, due_on, sent_at) values (?, ?, ?, ?)")
			.params(tourId, kind, dueOn, Timestamp.from(now))
			.update();
		return true;
	}

}
