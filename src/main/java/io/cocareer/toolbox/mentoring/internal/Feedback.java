package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.mentoring.PairSide;

/** End-of-programme feedback from one side of a pair: a rating from 1 to 5 and a comment. */
@Entity(name = "MentoringFeedback")
@Table(name = "toolbox_mentoring_feedback")
public class Feedback {

	@Id
	private UUID id;

	private UUID pairId;

	@Enumerated(EnumType.STRING)
	private PairSide side;

	private int rating;

	private String comment;

	private Instant givenAt;

	protected Feedback() {
		// for JPA
	}

	public Feedback(UUID pairId, PairSide side, int rating, String comment, Instant now) {
		this.id = UUID.randomUUID();
		this.pairId = pairId;
		this.side = side;
		this.rating = rating;
		this.comment = comment;
		this.givenAt = now;
	}

	public void eraseComment() {
		this.comment = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID pairId() {
		return this.pairId;
	}

	public PairSide side() {
		return this.side;
	}

	public int rating() {
		return this.rating;
	}

	public String comment() {
		return this.comment;
	}

	public Instant givenAt() {
		return this.givenAt;
	}

}
