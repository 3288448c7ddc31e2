package io.cocareer.alumni.exit.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.cocareer.alumni.CollaborationKind;

/** A collaboration opportunity of an exit protocol. */
@Embeddable
public class CollaborationEntry {

	@Enumerated(EnumType.STRING)
	private CollaborationKind kind;

	private String description;

	private UUID ownerId;

	private LocalDate dueOn;

	protected CollaborationEntry() {
		// for JPA
	}

	public CollaborationEntry(CollaborationKind kind, String description, UUID ownerId, LocalDate dueOn) {
		this.kind = kind;
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	public CollaborationKind kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	void forget(UUID personId) {
		if (personId.equals(this.ownerId)) {
			this.ownerId = null;
		}
	}

	void blank() {
		this.description = null;
	}

}
