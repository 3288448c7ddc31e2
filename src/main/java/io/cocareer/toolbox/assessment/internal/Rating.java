package io.cocareer.toolbox.assessment.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An assessor's rating of a participant in one competency in one exercise, 1 to 5, with the
 * evidence observed. The assessor is forgotten (null) when they are erased; the rating stays.
 */
@Entity
@Table(name = "assessment_rating")
public class Rating {

	@Id
	private UUID id;

	private UUID centreId;

	/** The participant's row ({@link AssessmentParticipant#id()}), not their person id. */
	private UUID participantId;

	private UUID assessorId;

	private UUID exerciseId;

	private UUID competencyId;

	private int rating;

	private String evidence;

	private Instant ratedAt;

	protected Rating() {
		// for JPA
	}

	public Rating(UUID centreId, UUID participantId, UUID assessorId, UUID exerciseId, UUID competencyId, int rating,
			String evidence, Instant ratedAt) {
		this.id = UUID.randomUUID();
		this.centreId = centreId;
		this.participantId = participantId;
		this.assessorId = assessorId;
		this.exerciseId = exerciseId;
		this.competencyId = competencyId;
		this.rating = rating;
		this.evidence = evidence;
		this.ratedAt = ratedAt;
	}

	public void change(int rating, String evidence, Instant now) {
		this.rating = rating;
		this.evidence = evidence;
		this.ratedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID centreId() {
		return this.centreId;
	}

	public UUID participantId() {
		return this.participantId;
	}

	public UUID assessorId() {
		return this.assessorId;
	}

	public UUID exerciseId() {
		return this.exerciseId;
	}

	public UUID competencyId() {
		return this.competencyId;
	}

	public int rating() {
		return this.rating;
	}

	public String evidence() {
		return this.evidence;
	}

	public Instant ratedAt() {
		return this.ratedAt;
	}

}
