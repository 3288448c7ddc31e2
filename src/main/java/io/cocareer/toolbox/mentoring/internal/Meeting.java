package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting of a pair: when, about what, and a note only the pair reads. */
@Entity
@Table(name = "toolbox_mentoring_meeting")
public class Meeting {

	@Id
	private UUID id;

	private UUID pairId;

	private LocalDate heldOn;

	private String topics;

	private String privateNote;

	private UUID loggedBy;

	private Instant createdAt;

	protected Meeting() {
		// for JPA
	}

	public Meeting(UUID pairId, LocalDate heldOn, String topics, String privateNote, UUID loggedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.pairId = pairId;
		this.heldOn = heldOn;
		this.topics = topics;
		this.privateNote = privateNote;
		this.loggedBy = loggedBy;
		this.createdAt = now;
	}

	public void eraseTexts() {
		this.topics = null;
		this.privateNote = null;
	}

	public void forgetAuthor() {
		this.loggedBy = null;
	}

	void backdate(int days) {
		this.heldOn = this.heldOn.minusDays(days);
	}

	public UUID id() {
		return this.id;
	}

	public UUID pairId() {
		return this.pairId;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public String topics() {
		return this.topics;
	}

	public String privateNote() {
		return this.privateNote;
	}

	public UUID loggedBy() {
		return this.loggedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
