package io.cocareer.talent.profile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.PersonId;
import io.cocareer.talent.MatchingProfile;
import io.cocareer.talent.NoteView;
import io.cocareer.talent.ProfileCompetency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plain-SQL reads of profiles, their notes and what matching needs of them: each method is one
 * statement, whatever the size of the organisation, so pages built from them issue a fixed number
 * of statements.
 */
@Component
public class ProfileReadModel {

	private final JdbcClient jdbc;

	ProfileReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ProfileRow> profile(UUID personId) {
		return this.jdbc.sql("""
				select short_term_aspiration, long_term_aspiration, personal_brand, potential_statement,
				  updated_at, updated_by, version, discoverable
				from talent_profile where person_id = :id""")
			.param("id", personId)
			.query((rs, row) -> new ProfileRow(rs.getString("short_term_aspiration"),
					rs.getString("long_term_aspiration"), rs.getString("personal_brand"),
					rs.getString("potential_statement"), instant(rs, "updated_at"), rs.getString("updated_by"),
					rs.getLong("version"), rs.getBoolean("discoverable")))
			.optional();
	}

	public List<String> values(UUID personId) {
		return this.jdbc.sql("select value_text from profile_value where person_id = :id order by rank_no")
			.param("id", personId)
			.query(String.class)
			.list();
	}

	public List<String> desiredRoles(UUID personId) {
		return this.jdbc.sql("select role_title from profile_desired_role where person_id = :id order by position_no")
			.param("id", personId)
			.query(String.class)
			.list();
	}

	public List<ProfileCompetency> competencies(UUID personId) {
		return this.jdbc.sql("""
				select c.id, c.name, c.category, pc.proficiency, pc.evidence
				from profile_competency pc join competency c on c.id = pc.competency_id
				where pc.person_id = :id order by pc.proficiency desc, c.name""")
			.param("id", personId)
			.query((rs, row) -> new ProfileCompetency(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("category"), rs.getInt("proficiency"), rs.getString("evidence")))
			.list();
	}

	/** Newest first, each by its author's person (or, for an author who is no person, their account's name). */
	public List<NoteRow> notes(UUID personId) {
		return this.jdbc.sql("""
				select id, person_id, author_person_id, author_name, body, created_at from profile_note
				where person_id = :id order by created_at desc, id""")
			.param("id", personId)
			.query((rs, row) -> new NoteRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("author_person_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
					instant(rs, "created_at")))
			.list();
	}

	/** A note as stored: the author's name is the people module's to give when they are a person. */
	public record NoteRow(UUID id, UUID personId, UUID authorPersonId, String authorName, String body,
			Instant createdAt) {

		public NoteView view(Map<UUID, String> names) {
			String name = (this.authorPersonId != null) ? names.getOrDefault(this.authorPersonId, "") : this.authorName;
			return new NoteView(this.id, PersonId.of(this.personId), name, this.body, this.createdAt);
		}

	}

	/** Filled parts of a profile: values, roles, competencies, and the four texts (7 parts). */
	public int filledParts(UUID personId) {
		return this.jdbc.sql("""
				select
				  (case when exists (select 1 from profile_value v where v.person_id = p.person_id) then 1 else 0 end)
				  + (case when exists (select 1 from profile_desired_role r where r.person_id = p.person_id) then 1 else 0 end)
				  + (case when exists (select 1 from profile_competency c where c.person_id = p.person_id) then 1 else 0 end)
				  + (case when p.short_term_aspiration is not null then 1 else 0 end)
				  + (case when p.long_term_aspiration is not null then 1 else 0 end)
				  + (case when p.personal_brand is not null then 1 else 0 end)
				  + (case when p.potential_statement is not null then 1 else 0 end) as filled
				from talent_profile p where p.person_id = :id""")
			.param("id", personId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Everyone with an active designation, with their levels in the given competencies only and
	 * their aspiration texts: two statements whatever the size of the pool (no list of the pool's
	 * ids, which H2 takes seconds over when it holds thousands; the levels come through the index
	 * on the competency).
	 */
	public List<MatchingProfile> matchingPool(Collection<UUID> competencyIds) {
		Map<UUID, Map<UUID, Integer>> levels = new LinkedHashMap<>();
		Map<UUID, List<String>> texts = new HashMap<>();
		Set<UUID> discoverable = new HashSet<>();
		this.jdbc.sql("""
				select d.person_id, t.short_term_aspiration, t.long_term_aspiration, t.discoverable, r.role_title
				from talent_designation d
				left join talent_profile t on t.person_id = d.person_id
				left join profile_desired_role r on r.person_id = d.person_id
				where d.ended_at is null""").query((rs) -> {
			UUID personId = rs.getObject("person_id", UUID.class);
			List<String> own = texts.get(personId);
			if (own == null) {
				own = new ArrayList<>(4);
				own.add(rs.getString("short_term_aspiration"));
				own.add(rs.getString("long_term_aspiration"));
				texts.put(personId, own);
				levels.put(personId, new HashMap<>());
				if (rs.getBoolean("discoverable")) {
					discoverable.add(personId);
				}
			}
			String role = rs.getString("role_title");
			if (role != null) {
				own.add(role);
			}
		});
		if (!competencyIds.isEmpty()) {
			this.jdbc.sql("select person_id, competency_id, proficiency from profile_competency where competency_id in (:ids)")
				.param("ids", competencyIds)
				.query((rs) -> {
					// the levels of people outside the active pool are skipped
					Map<UUID, Integer> own = levels.get(rs.getObject("person_id", UUID.class));
					if (own != null) {
						own.put(rs.getObject("competency_id", UUID.class), rs.getInt("proficiency"));
					}
				});
		}
		List<MatchingProfile> pool = new ArrayList<>(levels.size());
		levels.forEach((personId, own) -> pool.add(new MatchingProfile(PersonId.of(personId), Collections.unmodifiableMap(own),
				Collections.unmodifiableList(texts.get(personId)), discoverable.contains(personId))));
		return pool;
	}

	/** One person's levels in all their competencies and their aspiration texts (three statements). */
	public MatchingProfile matchingProfile(UUID personId) {
		List<String> texts = new ArrayList<>();
		boolean[] discoverable = { false };
		this.jdbc.sql("""
				select short_term_aspiration, long_term_aspiration, discoverable
				from talent_profile where person_id = :id""")
			.param("id", personId)
			.query((rs) -> {
				texts.add(rs.getString("short_term_aspiration"));
				texts.add(rs.getString("long_term_aspiration"));
				discoverable[0] = rs.getBoolean("discoverable");
			});
		texts.addAll(desiredRoles(personId));
		Map<UUID, Integer> levels = new HashMap<>();
		this.jdbc.sql("select competency_id, proficiency from profile_competency where person_id = :id")
			.param("id", personId)
			.query((rs) -> {
				levels.put(rs.getObject("competency_id", UUID.class), rs.getInt("proficiency"));
			});
		return new MatchingProfile(PersonId.of(personId), Collections.unmodifiableMap(levels), Collections.unmodifiableList(texts),
				discoverable[0]);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public record ProfileRow(String shortTermAspiration, String longTermAspiration, String personalBrand,
			String potentialStatement, Instant updatedAt, String updatedBy, long version, boolean discoverable) {

	}

}
