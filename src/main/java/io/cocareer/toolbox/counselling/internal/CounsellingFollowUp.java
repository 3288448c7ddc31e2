package io.cocareer.toolbox.counselling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.counselling.FollowUpOwner;

/** Something agreed in a session: what, whether the talent or the counsellor does it, by when, when done. */
@Entity
@Table(name = "toolbox_counselling_follow_up")
public class CounsellingFollowUp {

	@Id
	private UUID id;

	private String what;

	@Enumerated(EnumType.STRING)
	private FollowUpOwner owner;

	private LocalDate dueOn;

	private LocalDate doneOn;

	private Instant createdAt;

	protected CounsellingFollowUp() {
		// for JPA
	}

	CounsellingFollowUp(String what, FollowUpOwner owner, LocalDate dueOn, Instant now) {
		this.id = UUID.randomUUID();
		this.what = what;
		this.owner = owner;
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

	/** Not done, and its day is today or has passed: its owner is reminded. */
	public boolean due(LocalDate today) {
		return this.doneOn == null && !this.dueOn.isAfter(today);
	}

	void backdate(int days) {
		this.dueOn = this.dueOn.minusDays(days);
		this.doneOn = (this.doneOn != null) ? this.doneOn.minusDays(days) : null;
	}

	public UUID id() {
		return this.id;
	}

	public String what() {
		return this.what;
	}

	public FollowUpOwner owner() {
		return this.owner;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public LocalDate doneOn() {
		return this.doneOn;
	}

}
