package io.cocareer.toolbox.workshop.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attendee's rating (1 to 5) and optional comment; read only as an average and unnamed comments. */
@Entity(name = "WorkshopFeedback")
@Table(name = "toolbox_workshop_feedback")
public class Feedback {

	@Id
	private UUID id;

	private UUID personId;

	private int rating;

	private String comment;

	private Instant givenAt;

	protected Feedback() {
		// for JPA
	}

	Feedback(UUID personId, int rating, String comment, Instant givenAt) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.rating = rating;
		this.comment = comment;
		this.givenAt = givenAt;
	}

	void change(int rating, String comment, Instant givenAt) {
		this.rating = rating;
		this.comment = comment;
		this.givenAt = givenAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
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
