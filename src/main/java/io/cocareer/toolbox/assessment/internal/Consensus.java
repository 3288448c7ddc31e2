package io.cocareer.toolbox.assessment.internal;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** The wash-up's consensus in one competency, with the chair's rationale. */
@Embeddable
public class Consensus {

	private UUID competencyId;

	private int rating;

	private String rationale;

	protected Consensus() {
		// for JPA
	}

	Consensus(UUID competencyId, int rating, String rationale) {
		this.competencyId = competencyId;
		this.rating = rating;
		this.rationale = rationale;
	}

	public UUID competencyId() {
		return this.competencyId;
	}

	public int rating() {
		return this.rating;
	}

	public String rationale() {
		return this.rationale;
	}

}
