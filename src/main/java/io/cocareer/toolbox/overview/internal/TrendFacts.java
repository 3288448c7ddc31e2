package io.cocareer.toolbox.overview.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.overview.TrendKind;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's read model ({@code toolbox_overview_fact}): one row per fact, keyed by what it is
 * about ({@code tour:<id>}, {@code person:<id>:<day>}) so that an event delivered twice counts
 * once, or one row per backfilled month ({@code backfill:<yyyy-MM>}) counting several people.
 */
@Repository
public class TrendFacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	TrendFacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a fact unless one of this kind about this subject is there already; whether it did. */
	@Transactional
	public boolean record(TrendKind kind, String subject, LocalDate on, int people) {
		try {
			int added = this.jdbc.sql("""
					insert into toolbox_overview_fact (id, kind, subject_key, occurred_on, people)
					select :id, :kind, :subject, :on, :people from (values (1)) as one (x)
					where not exists (select 1 from toolbox_overview_fact where kind = :kind and subject_key = :subject)""")
				.param("id", UUID.randomUUID())
				.param("kind", kind.name())
				.param("subject", subject)
				.param("on", on)
				.param("people", people)
				.update();
			return added > 0;
		}
		catch (DuplicateKeyException ex) {
			// the same event delivered twice at once: the other delivery recorded it
			return false;
		}
	}

	/** The facts from {@code since} on. */
	@Transactional(readOnly = true)
	public List<TrendCalculator.Fact> since(LocalDate since) {
		return this.jdbc.sql("select kind, occurred_on, people from toolbox_overview_fact where occurred_on >= :since")
			.param("since", since)
			.query((rs, row) -> new TrendCalculator.Fact(TrendKind.valueOf(rs.getString("kind")),
					rs.getObject("occurred_on", LocalDate.class), rs.getInt("people")))
			.list();
	}

	/** How many people the facts of a kind count in {@code [from, to]}. */
	@Transactional(readOnly = true)
	public long count(TrendKind kind, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(people), 0) from toolbox_overview_fact
				where kind = :kind and occurred_on between :from and :to""")
			.param("kind", kind.name())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/** Takes a person's id out of their facts (an erased person): the counts stay, nobody can be found in them. */
	@Transactional
	public int forget(UUID personId) {
		List<UUID> ids = this.jdbc.sql("select id from toolbox_overview_fact where subject_key like :prefix")
			.param("prefix", "person:" + personId + ":%")
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			this.jdbc.sql("update toolbox_overview_fact set subject_key = :subject where id = :id")
				.param("subject", "erased:" + UUID.randomUUID())
				.param("id", id)
				.update();
		}
		return ids.size();
	}

	/** Whether the read model was filled from the other modules' APIs already. */
	@Transactional(readOnly = true)
	public boolean backfilled() {
		return this.jdbc.sql("select count(*) from toolbox_overview_backfill").query(Long.class).single() > 0;
	}

	/** Marks the read model as filled; false when another fill marked it first. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markBackfilled() {
		try {
			return this.jdbc.sql("insert into toolbox_overview_backfill (id, done_at) values ('once', :at)")
				.param("at", OffsetDateTime.now(this.clock))
				.update() > 0;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Whether the read model holds no fact at all. */
	@Transactional(readOnly = true)
	public boolean empty() {
		return this.jdbc.sql("select count(*) from toolbox_overview_fact").query(Long.class).single() == 0;
	}

}
