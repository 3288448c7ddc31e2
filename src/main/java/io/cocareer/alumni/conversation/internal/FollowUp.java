package io.cocareer.alumni.conversation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something agreed in a conversation: what, who does it, by when, and when it was done. */
@Entity
@Table(name = "alumni_conversation_follow_up")
public class FollowUp {

	@Id
	private UUID id;

	private String what;

	private UUID ownerId;

	private LocalDate dueOn;

	private LocalDate doneOn;

	private Instant createdAt;

	protected FollowUp() {
		// for JPA
	}

	FollowUp(String what, UUID ownerId, LocalDate dueOn, Instant now) {
		this.id = UUID.randomUUID();
		this.what = what;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.createdAt = now;
	}

	public void markDone(LocalDate today) {
		if (this.doneOn == null) {
			this.doneOn = today;
		}
	}

	public boolean overdue(LocalDate today) {
		return this.doneOn == null && this.dueOn.isBefore(today);
	}

	void backdate(int days) {
		this.dueOn = ExitConversation.minus(this.dueOn, days);
		this.doneOn = ExitConversation.minus(this.doneOn, days);
	}

	void eraseText() {
		this.what = null;
	}

	public void forgetOwner() {
		this.ownerId = null;
	}

	public UUID id() {
		return this.id;
	}

	public String what() {
		return this.what;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public LocalDate doneOn() {
		return this.doneOn;
	}

}
