package io.cocareer.tour.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model over the talent module's tables for matching (designations, profile competencies,
 * desired roles, aspiration texts). Read only, and two statements for the whole pool whatever its
 * size: no lists of the pool's ids (H2 takes seconds over thousands of them), and only the levels
 * in the competencies asked for (the package's), read through the index on the competency.
 */
@Component
public class MatchReadModel {

	private final JdbcClient jdbc;

	MatchReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A talent of the pool: proficiency per competency id (only those asked for) and aspiration texts. */
	public record PoolTalent(UUID personId, Map<UUID, Integer> levels, List<String> aspirations) {

	}

	/**
	 * Everyone with an active designation, with their levels in the given competencies (a talent
	 * without any of them has none) and their aspiration texts and desired roles.
	 */
	public List<PoolTalent> pool(Collection<UUID> competencyIds) {
		Map<UUID, PoolTalent> pool = new LinkedHashMap<>();
		this.jdbc.sql("""
				select d.person_id, t.short_term_aspiration, t.long_term_aspiration, r.role_title
				from talent_designation d
				left join talent_profile t on t.person_id = d.person_id
				left join profile_desired_role r on r.person_id = d.person_id
				where d.ended_at is null""").query((rs) -> {
			UUID personId = rs.getObject("person_id", UUID.class);
			PoolTalent talent = pool.get(personId);
			if (talent == null) {
				talent = new PoolTalent(personId, new HashMap<>(), new ArrayList<>());
				talent.aspirations().add(rs.getString("short_term_aspiration"));
				talent.aspirations().add(rs.getString("long_term_aspiration"));
				pool.put(personId, talent);
			}
			String role = rs.getString("role_title");
			if (role != null) {
				talent.aspirations().add(role);
			}
		});
		if (!competencyIds.isEmpty()) {
			this.jdbc.sql("""
					select person_id, competency_id, proficiency from profile_competency
					where competency_id in (:ids)""")
				.param("ids", competencyIds)
				.query((rs) -> {
					// people without an active designation are not in the pool: their levels are skipped
					PoolTalent talent = pool.get(rs.getObject("person_id", UUID.class));
					if (talent != null) {
						talent.levels().put(rs.getObject("competency_id", UUID.class), rs.getInt("proficiency"));
					}
				});
		}
		return List.copyOf(pool.values());
	}

	/** One person's levels in every competency and their aspiration texts (three statements). */
	public PoolTalent talent(UUID personId) {
		PoolTalent talent = new PoolTalent(personId, new HashMap<>(), new ArrayList<>());
		this.jdbc.sql("select short_term_aspiration, long_term_aspiration from talent_profile where person_id = :id")
			.param("id", personId)
			.query((rs) -> {
				talent.aspirations().add(rs.getString("short_term_aspiration"));
				talent.aspirations().add(rs.getString("long_term_aspiration"));
			});
		this.jdbc.sql("select role_title from profile_desired_role where person_id = :id")
			.param("id", personId)
			.query((rs) -> {
				talent.aspirations().add(rs.getString("role_title"));
			});
		this.jdbc.sql("select competency_id, proficiency from profile_competency where person_id = :id")
			.param("id", personId)
			.query((rs) -> {
				talent.levels().put(rs.getObject("competency_id", UUID.class), rs.getInt("proficiency"));
			});
		return talent;
	}

}
