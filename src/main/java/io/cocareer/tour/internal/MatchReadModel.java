package io.cocareer.tour.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model over the talent module's tables for matching (designations, profile competencies,
 * desired roles, aspiration texts). Read only, and one statement per method whatever the size of
 * the pool: {@code TalentService} exposes profiles one person at a time, which would mean one
 * round trip per talent when ranking candidates.
 */
@Component
public class MatchReadModel {

	private final JdbcClient jdbc;

	MatchReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People with an active talent designation who have not left. */
	public List<UUID> activeTalents() {
		return this.jdbc
			.sql("select d.person_id from talent_designation d join person p on p.id = d.person_id"
					+ " where d.ended_at is null and p.status <> 'LEFT'")
			.query(UUID.class)
			.list();
	}

	/** Proficiency per competency name, per person: one statement for all of them. */
	public Map<UUID, Map<String, Integer>> competencies(Collection<UUID> personIds) {
		Map<UUID, Map<String, Integer>> levels = new HashMap<>();
		if (personIds.isEmpty()) {
			return levels;
		}
		this.jdbc
			.sql("select pc.person_id, c.name, pc.proficiency from profile_competency pc"
					+ " join competency c on c.id = pc.competency_id where pc.person_id in (:ids)")
			.param("ids", personIds)
			.query((rs, row) -> levels.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new HashMap<>())
				.put(rs.getString("name"), rs.getInt("proficiency")))
			.list();
		return levels;
	}

	/** Aspiration texts and desired roles per person: two statements for all of them. */
	public Map<UUID, List<String>> aspirations(Collection<UUID> personIds) {
		Map<UUID, List<String>> texts = new HashMap<>();
		if (personIds.isEmpty()) {
			return texts;
		}
		this.jdbc
			.sql("select person_id, short_term_aspiration, long_term_aspiration from talent_profile"
					+ " where person_id in (:ids)")
			.param("ids", personIds)
			.query((rs, row) -> {
				List<String> own = texts.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>());
				own.add(rs.getString("short_term_aspiration"));
				own.add(rs.getString("long_term_aspiration"));
				return own;
			})
			.list();
		this.jdbc.sql("select person_id, role_title from profile_desired_role where person_id in (:ids)")
			.param("ids", personIds)
			.query((rs, row) -> texts.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString("role_title")))
			.list();
		return texts;
	}

}
