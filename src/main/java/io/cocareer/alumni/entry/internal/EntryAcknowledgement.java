package io.cocareer.alumni.entry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's acknowledgement that they read what the alumni programme offers: pending from their
 * hire until they say so. One a person; a rehire asks for it again.
 */
@Entity
@Table(name = "alumni_entry_acknowledgement")
public class EntryAcknowledgement {

	/** Made for a hire: counted in the coverage. */
	static final String HIRE = "HIRE";

	/** Made when someone already on the staff read it: not a hire, not counted. */
	static final String READ = "READ";

	@Id
	private UUID personId;

	private String source;

	private LocalDate hiredOn;

	private Instant createdAt;

	private Instant acknowledgedAt;

	private Instant remindedAt;

	// a wrapper: null until stored, so that saving a new row persists it
	@Version
	private Long version;

	protected EntryAcknowledgement() {
		// for JPA
	}

	private EntryAcknowledgement(UUID personId, String source, LocalDate hiredOn, Instant now) {
		this.personId = personId;
		this.source = source;
		this.hiredOn = hiredOn;
		this.createdAt = now;
	}

	public static EntryAcknowledgement hired(UUID personId, LocalDate hiredOn, Instant now) {
		return new EntryAcknowledgement(personId, HIRE, hiredOn, now);
	}

	/** A boomerang is hired again: a new acknowledgement is asked for. */
	public void hiredAgain(LocalDate hiredOn) {
		this.source = HIRE;
		this.hiredOn = hiredOn;
		this.acknowledgedAt = null;
		this.remindedAt = null;
	}

	/** Someone who read it on their own turns out to be a hire (their hire was recorded after): counted. */
	public void countAsHire() {
		this.source = HIRE;
	}

	public void acknowledge(Instant at) {
		this.acknowledgedAt = at;
	}

	public void reminded(Instant at) {
		this.remindedAt = at;
	}

	public boolean pending() {
		return this.acknowledgedAt == null;
	}

	public boolean fromHire() {
		return HIRE.equals(this.source);
	}

	public UUID personId() {
		return this.personId;
	}

	public LocalDate hiredOn() {
		return this.hiredOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

	public Instant remindedAt() {
		return this.remindedAt;
	}

}
