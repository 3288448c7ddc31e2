package io.cocareer.talent.profile.internal;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A competency on a profile: which one, how well (1 to 5), and the evidence for it. */
@Embeddable
public class CompetencyLevel {

	private UUID competencyId;

	private int proficiency;

	private String evidence;

	protected CompetencyLevel() {
		// for JPA
	}

	CompetencyLevel(UUID competencyId, int proficiency, String evidence) {
		this.competencyId = competencyId;
		this.proficiency = proficiency;
		this.evidence = evidence;
	}

	public UUID competencyId() {
		return this.competencyId;
	}

	public int proficiency() {
		return this.proficiency;
	}

	public String evidence() {
		return this.evidence;
	}

}
