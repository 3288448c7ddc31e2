package io.cocareer.toolbox.assessment.web;

import java.util.UUID;

/**
 * One choice to add to a centre's set-up: a competency of the catalogue, a talent of the pool (by
 * id, from a list), or an assessor (by employee id, from the person picker).
 */
public class PickForm {

	private UUID competencyId;

	private UUID personId;

	private String assessor;

	public UUID getCompetencyId() {
		return this.competencyId;
	}

	public void setCompetencyId(UUID competencyId) {
		this.competencyId = competencyId;
	}

	public UUID getPersonId() {
		return this.personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public String getAssessor() {
		return this.assessor;
	}

	public void setAssessor(String assessor) {
		this.assessor = assessor;
	}

}
