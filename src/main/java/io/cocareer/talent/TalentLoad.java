package io.cocareer.talent;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.PersonId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the competency catalogue and the talents of an organisation generated into an empty
 * database (the demo, and synthetic organisations of up to 100,000 people for benchmarks). The
 * talent module's own code writes its tables, in JDBC batches, because designating and profiling
 * thousands of talents through {@code TalentPoolService} and {@code TalentProfileService} would take minutes. Trusted by design and
 * checks no actor: its one caller is the demo module's generator, at start, on an empty database.
 */
@Service
public class TalentLoad {

	private final JdbcTemplate jdbc;

	public TalentLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The competency catalogue; one that exists already is kept as it is.
	 * @return the ids of the catalogue now in place, the existing one's by name
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<UUID> competencies(List<LoadedCompetency> catalogue) {
		List<UUID> existing = this.jdbc.queryForList("select id from competency order by name", UUID.class);
		if (!existing.isEmpty()) {
			return existing;
		}
		this.jdbc.batchUpdate("insert into competency (id, name, category) values (?, ?, ?)",
				catalogue.stream().map((c) -> new Object[] { c.id(), c.name(), c.category() }).toList());
		return catalogue.stream().map(LoadedCompetency::id).toList();
	}

	/** The catalogue's competencies by name, for what the generator hands other modules (the demo's work packages). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, UUID> competencyIdsByName() {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.query("select id, name from competency", (RowCallbackHandler) (row) -> ids.put(row.getString("name"),
				row.getObject("id", UUID.class)));
		return ids;
	}

	/** Designations with their full profiles: ranked values, desired roles and competencies. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void talents(List<LoadedTalent> talents, Instant at) {
		Timestamp created = Timestamp.from(at);
		List<Object[]> designations = new ArrayList<>();
		List<Object[]> profiles = new ArrayList<>();
		List<Object[]> values = new ArrayList<>();
		List<Object[]> roles = new ArrayList<>();
		List<Object[]> competencies = new ArrayList<>();
		for (LoadedTalent t : talents) {
			designations.add(new Object[] { t.personId().value(), t.reason().name(), t.evidence(), Date.valueOf(t.reviewOn()),
					t.performance(), t.potential(), t.designatedBy(), created });
			profiles.add(new Object[] { t.personId().value(), t.shortTermAspiration(), t.longTermAspiration(), t.personalBrand(),
					t.potentialStatement(), created, t.profileUpdatedBy(), t.discoverable() });
			for (int r = 0; r < t.values().size(); r++) {
				values.add(new Object[] { t.personId().value(), r + 1, t.values().get(r) });
			}
			for (int r = 0; r < t.desiredRoles().size(); r++) {
				roles.add(new Object[] { t.personId().value(), r + 1, t.desiredRoles().get(r) });
			}
			for (LoadedCompetencyHeld held : t.competencies()) {
				competencies.add(new Object[] { t.personId().value(), held.competencyId(), held.proficiency(), held.evidence() });
			}
		}
		this.jdbc.batchUpdate("""
				insert into talent_designation (person_id, reason, evidence, review_on, performance, potential,
				  designated_by, designated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", designations);
		this.jdbc.batchUpdate("""
				insert into talent_profile (person_id, short_term_aspiration, long_term_aspiration, personal_brand,
				  potential_statement, updated_at, updated_by, discoverable, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				profiles);
		this.jdbc.batchUpdate("insert into profile_value (person_id, rank_no, value_text) values (?, ?, ?)", values);
		this.jdbc.batchUpdate("insert into profile_desired_role (person_id, position_no, role_title) values (?, ?, ?)",
				roles);
		this.jdbc.batchUpdate(
				"insert into profile_competency (person_id, competency_id, proficiency, evidence) values (?, ?, ?, ?)",
				competencies);
	}

	/** An entry of the competency catalogue. */
	public record LoadedCompetency(UUID id, String name, String category) {

	}

	/** A competency a talent holds, 1 to 5, with its evidence. */
	public record LoadedCompetencyHeld(UUID competencyId, int proficiency, String evidence) {

	}

	/**
	 * A talent: the designation (9-box position 1 to 3 each way) and the profile; values and
	 * desired roles in rank order.
	 */
	public record LoadedTalent(PersonId personId, DesignationReason reason, String evidence, LocalDate reviewOn,
			int performance, int potential, String designatedBy, String shortTermAspiration, String longTermAspiration,
			String personalBrand, String potentialStatement, String profileUpdatedBy, boolean discoverable, List<String> values,
			List<String> desiredRoles, List<LoadedCompetencyHeld> competencies) {

	}

}
