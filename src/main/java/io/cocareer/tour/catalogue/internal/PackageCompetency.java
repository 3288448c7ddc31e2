package io.cocareer.tour.catalogue.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competency a work package needs, and at which level (1 to 5). */
@Embeddable
public class PackageCompetency {

	private UUID competencyId;

	@Column(name = "required_level")
	private int requiredLevel;

	protected PackageCompetency() {
		// for JPA
	}

	PackageCompetency(UUID competencyId, int requiredLevel) {
		this.competencyId = competencyId;
		this.requiredLevel = requiredLevel;
	}

	public UUID competencyId() {
		return this.competencyId;
	}

	public int requiredLevel() {
		return this.requiredLevel;
	}

}
