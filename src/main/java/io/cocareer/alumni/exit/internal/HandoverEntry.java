package io.cocareer.alumni.exit.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** An item of an exit protocol's knowledge handover checklist. */
@Embeddable
public class HandoverEntry {

	private String item;

	private UUID ownerId;

	private LocalDate dueOn;

	private boolean done;

	protected HandoverEntry() {
		// for JPA
	}

	public HandoverEntry(String item, UUID ownerId, LocalDate dueOn, boolean done) {
		this.item = item;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.done = done;
	}

	public String item() {
		return this.item;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public boolean done() {
		return this.done;
	}

	void forget(UUID personId) {
		if (personId.equals(this.ownerId)) {
			this.ownerId = null;
		}
	}

	void blank() {
		this.item = null;
	}

}
