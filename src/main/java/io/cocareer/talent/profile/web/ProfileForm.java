package io.cocareer.talent.profile.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.cocareer.talent.ProfileCompetency;
import io.cocareer.talent.profile.ProfileRevision;
import io.cocareer.talent.TalentProfileView;

/**
 * The profile as a form: fixed slots for values (7) and desired roles (5), and competency rows
 * that can be added and removed. Empty slots and rows are dropped when saved.
 */
public class ProfileForm {

	static final int VALUE_SLOTS = 7;

	static final int ROLE_SLOTS = 5;

	private List<@Size(max = 80, message = "{talent.validation.tooLong}") String> values = new ArrayList<>();

	@Size(max = 1000, message = "{talent.validation.tooLong}")
	private String shortTermAspiration;

	@Size(max = 1000, message = "{talent.validation.tooLong}")
	private String longTermAspiration;

	private List<@Size(max = 120, message = "{talent.validation.tooLong}") String> desiredRoles = new ArrayList<>();

	@Size(max = 1000, message = "{talent.validation.tooLong}")
	private String personalBrand;

	@Size(max = 1000, message = "{talent.validation.tooLong}")
	private String potentialStatement;

	@Valid
	private List<CompetencyRow> competencies = new ArrayList<>();

	private long version;

	static ProfileForm of(TalentProfileView profile) {
		ProfileForm form = new ProfileForm();
		form.values = new ArrayList<>(profile.values());
		form.shortTermAspiration = profile.shortTermAspiration();
		form.longTermAspiration = profile.longTermAspiration();
		form.desiredRoles = new ArrayList<>(profile.desiredRoles());
		form.personalBrand = profile.personalBrand();
		form.potentialStatement = profile.potentialStatement();
		for (ProfileCompetency competency : profile.competencies()) {
			form.competencies.add(new CompetencyRow(competency.competencyId(), competency.proficiency(),
					competency.evidence()));
		}
		form.version = profile.version();
		return form;
	}

	/** Pads the slots, so the page always shows all of them plus one empty competency row. */
	void pad() {
		while (this.values.size() < VALUE_SLOTS) {
			this.values.add("");
		}
		while (this.desiredRoles.size() < ROLE_SLOTS) {
			this.desiredRoles.add("");
		}
		if (this.competencies.isEmpty() || this.competencies.get(this.competencies.size() - 1).getCompetencyId() != null) {
			this.competencies.add(new CompetencyRow());
		}
	}

	ProfileRevision revision() {
		List<ProfileRevision.Competency> rows = this.competencies.stream()
			.map((row) -> new ProfileRevision.Competency(row.getCompetencyId(), row.getProficiency(), row.getEvidence()))
			.toList();
		return new ProfileRevision(this.values, this.shortTermAspiration, this.longTermAspiration, this.desiredRoles,
				this.personalBrand, this.potentialStatement, rows, this.version);
	}

	public List<String> getValues() {
		return this.values;
	}

	public void setValues(List<String> values) {
		this.values = values;
	}

	public String getShortTermAspiration() {
		return this.shortTermAspiration;
	}

	public void setShortTermAspiration(String shortTermAspiration) {
		this.shortTermAspiration = shortTermAspiration;
	}

	public String getLongTermAspiration() {
		return this.longTermAspiration;
	}

	public void setLongTermAspiration(String longTermAspiration) {
		this.longTermAspiration = longTermAspiration;
	}

	public List<String> getDesiredRoles() {
		return this.desiredRoles;
	}

	public void setDesiredRoles(List<String> desiredRoles) {
		this.desiredRoles = desiredRoles;
	}

	public String getPersonalBrand() {
		return this.personalBrand;
	}

	public void setPersonalBrand(String personalBrand) {
		this.personalBrand = personalBrand;
	}

	public String getPotentialStatement() {
		return this.potentialStatement;
	}

	public void setPotentialStatement(String potentialStatement) {
		this.potentialStatement = potentialStatement;
	}

	public List<CompetencyRow> getCompetencies() {
		return this.competencies;
	}

	public void setCompetencies(List<CompetencyRow> competencies) {
		this.competencies = competencies;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public static class CompetencyRow {

		private UUID competencyId;

		@Min(value = 1, message = "{talent.profile.proficiencyRange}")
		@Max(value = 5, message = "{talent.profile.proficiencyRange}")
		private Integer proficiency;

		@Size(max = 1000, message = "{talent.validation.tooLong}")
		private String evidence;

		public CompetencyRow() {
		}

		CompetencyRow(UUID competencyId, Integer proficiency, String evidence) {
			this.competencyId = competencyId;
			this.proficiency = proficiency;
			this.evidence = evidence;
		}

		public UUID getCompetencyId() {
			return this.competencyId;
		}

		public void setCompetencyId(UUID competencyId) {
			this.competencyId = competencyId;
		}

		public Integer getProficiency() {
			return this.proficiency;
		}

		public void setProficiency(Integer proficiency) {
			this.proficiency = proficiency;
		}

		public String getEvidence() {
			return this.evidence;
		}

		public void setEvidence(String evidence) {
			this.evidence = evidence;
		}

	}

}
