package io.cocareer.talent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.people.PersonSummary;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.DesignationView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plain-SQL reads of the talent tables that every part of the module shares (the designations,
 * the 9-box labels of their ratings, whether someone is a talent at all): each method is one
 * statement, whatever the size of the organisation, so pages built from them issue a fixed number
 * of statements.
 */
@Component
public class TalentReadModel {

	private final JdbcClient jdbc;

	TalentReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The nine cell labels keyed by {@link #cellKey(int, int)}. */
	public Map<String, String> labels() {
		Map<String, String> labels = new HashMap<>();
		this.jdbc.sql("select performance, potential, label from nine_box_label")
			.query((rs, row) -> labels.put(cellKey(rs.getInt("performance"), rs.getInt("potential")),
					rs.getString("label")))
			.list();
		return labels;
	}

	public static String cellKey(int performance, int potential) {
		return performance + ":" + potential;
	}

	/** Active designations, optionally of one reason and with a review due by a date; soonest review first. */
	public List<PoolRow> activeDesignations(DesignationReason reason, LocalDate reviewDueBy) {
		StringBuilder sql = new StringBuilder("""
				select person_id, reason, performance, potential, review_on from talent_designation
				where ended_at is null""");
		Map<String, Object> params = new HashMap<>();
		if (reason != null) {
			sql.append(" and reason = :reason");
			params.put("reason", reason.name());
		}
		if (reviewDueBy != null) {
			sql.append(" and review_on <= :due");
			params.put("due", reviewDueBy);
		}
		sql.append(" order by review_on, person_id");
		return this.jdbc.sql(sql.toString()).params(params).query(TalentReadModel::poolRow).list();
	}

	/** The active designations among some people, in one statement. */
	public List<PoolRow> activeDesignationsOf(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		List<PoolRow> rows = new ArrayList<>();
		List<UUID> ids = new ArrayList<>(personIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			rows.addAll(this.jdbc.sql("""
					select person_id, reason, performance, potential, review_on from talent_designation
					where ended_at is null and person_id in (:ids) order by review_on, person_id""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(TalentReadModel::poolRow)
				.list());
		}
		return rows;
	}

	public Optional<DesignationView> designation(UUID personId, LocalDate today) {
		return this.jdbc.sql("""
				select d.person_id, d.reason, d.evidence, d.review_on, d.performance, d.potential, l.label,
				  d.designated_by, d.designated_at, d.ended_at, d.end_reason, d.version
				from talent_designation d
				left join nine_box_label l on l.performance = d.performance and l.potential = d.potential
				where d.person_id = :id""")
			.param("id", personId)
			.query((rs, row) -> {
				Instant endedAt = instant(rs, "ended_at");
				LocalDate reviewOn = rs.getObject("review_on", LocalDate.class);
				return new DesignationView(rs.getObject("person_id", UUID.class),
						DesignationReason.valueOf(rs.getString("reason")), rs.getString("evidence"), reviewOn,
						rs.getInt("performance"), rs.getInt("potential"), rs.getString("label"),
						rs.getString("designated_by"), instant(rs, "designated_at"), endedAt,
						rs.getString("end_reason"), rs.getLong("version"),
						endedAt == null && reviewOn.isBefore(today));
			})
			.optional();
	}

	public boolean hasProfile(UUID personId) {
		return this.jdbc.sql("select count(*) from talent_profile where person_id = :id")
			.param("id", personId)
			.query(Long.class)
			.single() > 0;
	}

	public boolean hasDesignation(UUID personId) {
		return this.jdbc.sql("select count(*) from talent_designation where person_id = :id")
			.param("id", personId)
			.query(Long.class)
			.single() > 0;
	}

	/** The person's name, or the start of their id when the people module has none. */
	public static String name(Map<UUID, PersonSummary> names, UUID personId) {
		PersonSummary person = names.get(personId);
		return (person != null) ? person.fullName() : personId.toString().substring(0, 8);
	}

	private static PoolRow poolRow(ResultSet rs, int row) throws SQLException {
		return new PoolRow(rs.getObject("person_id", UUID.class), DesignationReason.valueOf(rs.getString("reason")),
				rs.getInt("performance"), rs.getInt("potential"), rs.getObject("review_on", LocalDate.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public record PoolRow(UUID personId, DesignationReason reason, int performance, int potential,
			LocalDate reviewOn) {

	}

}
