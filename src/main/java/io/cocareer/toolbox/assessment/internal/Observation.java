package io.cocareer.toolbox.assessment.internal;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A cell of the matrix: this exercise observes this competency. */
@Embeddable
public class Observation {

	private UUID exerciseId;

	private UUID competencyId;

	protected Observation() {
		// for JPA
	}

	Observation(UUID exerciseId, UUID competencyId) {
		this.exerciseId = exerciseId;
		this.competencyId = competencyId;
	}

	public UUID exerciseId() {
		return this.exerciseId;
	}

	public UUID competencyId() {
		return this.competencyId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Observation o && Objects.equals(this.exerciseId, o.exerciseId)
				&& Objects.equals(this.competencyId, o.competencyId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.exerciseId, this.competencyId);
	}

}
