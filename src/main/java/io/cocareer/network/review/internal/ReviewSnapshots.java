package io.cocareer.network.review.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole organisation's review figures of each month, as they were shown (hidden cells stay
 * hidden: a snapshot holds no count the review did not show), for the trends.
 */
@Component
public class ReviewSnapshots {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReviewSnapshots(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** One band's count as shown (null when hidden). */
	public record Figure(String figure, String band, Long talents) {

	}

	/** A month's figures, keyed {@code figure/band}. */
	public record Snapshot(LocalDate month, Long talents, Map<String, Long> figures) {

		public static String key(String figure, String band) {
			return figure + "/" + band;
		}

	}

	/** Stores this month's figures unless they are stored already (by another reader at the same moment, say). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean storeIfNone(LocalDate month, Instant at, Long talents, List<Figure> figures) {
		if (exists(month)) {
			return false;
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("insert into network_review_snapshot (id, month_of, taken_at, talents) values (?, ?, ?, ?)")
				.params(id, Date.valueOf(month), Timestamp.from(at), talents)
				.update();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		for (Figure f : figures) {
			this.jdbc.sql("insert into network_review_figure (snapshot_id, figure, band, talents) values (?, ?, ?, ?)")
				.params(id, f.figure(), f.band(), f.talents())
				.update();
		}
		this.events.publishEvent(AuditEvent.open("network.reviewSnapshot", "network-review", id,
				AuditEvent.text(month.toString().substring(0, 7))));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean exists(LocalDate month) {
		return this.jdbc.sql("select count(*) from network_review_snapshot where month_of = ?")
			.param(Date.valueOf(month))
			.query(Long.class)
			.single() > 0;
	}

	/** The latest snapshot of a month before this one. */
	@Transactional(readOnly = true)
	public Optional<Snapshot> latestBefore(LocalDate month) {
		return this.jdbc.sql("""
				select id, month_of, talents from network_review_snapshot where month_of < ?
				order by month_of desc fetch first 1 rows only""")
			.param(Date.valueOf(month))
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				long talents = rs.getLong("talents");
				Long shown = rs.wasNull() ? null : talents;
				return new Snapshot(rs.getDate("month_of").toLocalDate(), shown, figuresOf(id));
			})
			.optional();
	}

	private Map<String, Long> figuresOf(UUID snapshot) {
		Map<String, Long> figures = new HashMap<>();
		this.jdbc.sql("select figure, band, talents from network_review_figure where snapshot_id = ?")
			.param(snapshot)
			.query((rs) -> {
				long talents = rs.getLong("talents");
				// read at once: the next column read would reset wasNull
				Long shown = rs.wasNull() ? null : talents;
				figures.put(Snapshot.key(rs.getString("figure"), rs.getString("band")), shown);
			});
		return figures;
	}

}
