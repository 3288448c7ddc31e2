package io.cocareer.talent.profile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ListIndexBase;

import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.profile.ProfileRevision;

/**
 * A talent's own account of themselves: ranked values, aspirations, desired roles, the personal
 * brand they want, competencies with evidence, and how they see their potential. Only the
 * talent writes it; every rule of its content lives here.
 */
@Entity
@Table(name = "talent_profile")
public class TalentProfile {

	public static final int MAX_VALUES = 7;

	public static final int MAX_DESIRED_ROLES = 5;

	public static final int MAX_VALUE_LENGTH = 80;

	public static final int MAX_ROLE_LENGTH = 120;

	public static final int MAX_TEXT = 1000;

	@Id
	private UUID personId;

	private String shortTermAspiration;

	private String longTermAspiration;

	private String personalBrand;

	private String potentialStatement;

	private Instant updatedAt;

	private String updatedBy;

	/** Whether creators and sponsors of work packages may find the talent among their candidates. */
	private boolean discoverable;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "profile_value", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "rank_no")
	@ListIndexBase(1)
	@Column(name = "value_text")
	private List<String> rankedValues = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "profile_desired_role", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position_no")
	@ListIndexBase(1)
	@Column(name = "role_title")
	private List<String> desiredRoles = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "profile_competency", joinColumns = @JoinColumn(name = "person_id"))
	private List<CompetencyLevel> competencies = new ArrayList<>();

	protected TalentProfile() {
		// for JPA
	}

	public static TalentProfile empty(UUID personId, String by, Instant now) {
		TalentProfile profile = new TalentProfile();
		profile.personId = personId;
		profile.updatedBy = by;
		profile.updatedAt = now;
		return profile;
	}

	/** The talent's choice whether creators and sponsors of work packages may find them. */
	public void chooseDiscoverability(boolean discoverable, String by, Instant now) {
		this.discoverable = discoverable;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public boolean discoverable() {
		return this.discoverable;
	}

	/**
	 * Replaces the content with the revision, after checking it all: nothing changes unless
	 * the whole revision is valid.
	 * @param knownCompetencies the ids of the competency catalogue
	 */
	public void revise(ProfileRevision revision, Collection<UUID> knownCompetencies, String by, Instant now) {
		List<String> values = rankedList(revision.values(), "values", MAX_VALUES, MAX_VALUE_LENGTH,
				"talent.profile.duplicateValue", "talent.profile.tooManyValues", "talent.profile.valueTooLong");
		List<String> roles = rankedList(revision.desiredRoles(), "desiredRoles", MAX_DESIRED_ROLES, MAX_ROLE_LENGTH,
				"talent.profile.duplicateRole", "talent.profile.tooManyRoles", "talent.profile.roleTooLong");
		List<CompetencyLevel> levels = competencyLevels(revision.competencies(), knownCompetencies);
		String shortTerm = text(revision.shortTermAspiration(), "shortTermAspiration");
		String longTerm = text(revision.longTermAspiration(), "longTermAspiration");
		String brand = text(revision.personalBrand(), "personalBrand");
		String potential = text(revision.potentialStatement(), "potentialStatement");

		this.rankedValues.clear();
		this.rankedValues.addAll(values);
		this.desiredRoles.clear();
		this.desiredRoles.addAll(roles);
		this.competencies.clear();
		this.competencies.addAll(levels);
		this.shortTermAspiration = shortTerm;
		this.longTermAspiration = longTerm;
		this.personalBrand = brand;
		this.potentialStatement = potential;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * Sets the level of one competency to what an assessment established, with its evidence,
	 * replacing what the profile said of it; the other competencies stay as they are.
	 * @param knownCompetencies the ids of the competency catalogue
	 */
	public void assess(UUID competencyId, int level, String evidence, Collection<UUID> knownCompetencies, String by,
			Instant now) {
		if (competencyId == null || !knownCompetencies.contains(competencyId)) {
			throw new InvalidInput("competencyId", "talent.profile.unknownCompetency",
					"This competency is not in the catalogue");
		}
		if (level < 1 || level > 5) {
			throw new InvalidInput("proficiency", "talent.profile.proficiencyRange", "Proficiency goes from 1 to 5");
		}
		String clean = (evidence == null || evidence.isBlank()) ? null : evidence.strip();
		if (clean != null && clean.length() > MAX_TEXT) {
			throw new InvalidInput("evidence", "talent.profile.textTooLong", "At most %d characters".formatted(MAX_TEXT),
					MAX_TEXT);
		}
		this.competencies.removeIf((c) -> c.competencyId().equals(competencyId));
		this.competencies.add(new CompetencyLevel(competencyId, level, clean));
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** Blank entries are dropped; the rest keep their order, which is the ranking. */
	private static List<String> rankedList(List<String> typed, String field, int max, int maxLength,
			String duplicateCode, String tooManyCode, String tooLongCode) {
		List<String> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < typed.size(); i++) {
			String entry = typed.get(i);
			if (entry == null || entry.isBlank()) {
				continue;
			}
			String clean = entry.strip();
			String at = field + "[" + i + "]";
			if (clean.length() > maxLength) {
				throw new InvalidInput(at, tooLongCode, "At most %d characters".formatted(maxLength), maxLength);
			}
			if (!seen.add(clean.toLowerCase(Locale.ROOT))) {
				throw new InvalidInput(at, duplicateCode, "'%s' is listed twice".formatted(clean), clean);
			}
			if (result.size() == max) {
				throw new InvalidInput(at, tooManyCode, "At most %d entries".formatted(max), max);
			}
			result.add(clean);
		}
		return result;
	}

	private static List<CompetencyLevel> competencyLevels(List<ProfileRevision.Competency> typed,
			Collection<UUID> known) {
		List<CompetencyLevel> result = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < typed.size(); i++) {
			ProfileRevision.Competency row = typed.get(i);
			String at = "competencies[" + i + "]";
			if (row == null) {
				continue;
			}
			boolean hasEvidence = row.evidence() != null && !row.evidence().isBlank();
			if (row.competencyId() == null) {
				if (hasEvidence) {
					throw new InvalidInput(at + ".competencyId", "talent.profile.competencyRequired",
							"Choose a competency for this evidence");
				}
				continue;
			}
			if (!known.contains(row.competencyId())) {
				throw new InvalidInput(at + ".competencyId", "talent.profile.unknownCompetency",
						"This competency is not in the catalogue");
			}
			if (!seen.add(row.competencyId())) {
				throw new InvalidInput(at + ".competencyId", "talent.profile.duplicateCompetency",
						"This competency is listed twice");
			}
			if (row.proficiency() == null || row.proficiency() < 1 || row.proficiency() > 5) {
				throw new InvalidInput(at + ".proficiency", "talent.profile.proficiencyRange",
						"Proficiency goes from 1 to 5");
			}
			String evidence = hasEvidence ? row.evidence().strip() : null;
			if (evidence != null && evidence.length() > MAX_TEXT) {
				throw new InvalidInput(at + ".evidence", "talent.profile.textTooLong",
						"At most %d characters".formatted(MAX_TEXT), MAX_TEXT);
			}
			result.add(new CompetencyLevel(row.competencyId(), row.proficiency(), evidence));
		}
		return result;
	}

	private static String text(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String clean = typed.strip();
		if (clean.length() > MAX_TEXT) {
			throw new InvalidInput(field, "talent.profile.textTooLong", "At most %d characters".formatted(MAX_TEXT),
					MAX_TEXT);
		}
		return clean;
	}

	public UUID personId() {
		return this.personId;
	}

	public List<String> rankedValues() {
		return List.copyOf(this.rankedValues);
	}

	public List<String> desiredRoles() {
		return List.copyOf(this.desiredRoles);
	}

	public List<CompetencyLevel> competencies() {
		return List.copyOf(this.competencies);
	}

	public String shortTermAspiration() {
		return this.shortTermAspiration;
	}

	public String longTermAspiration() {
		return this.longTermAspiration;
	}

	public String personalBrand() {
		return this.personalBrand;
	}

	public String potentialStatement() {
		return this.potentialStatement;
	}

	public long version() {
		return this.version;
	}

}
