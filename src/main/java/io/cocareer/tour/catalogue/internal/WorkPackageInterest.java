package io.cocareer.tour.catalogue.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.shared.InvalidInput;

/** A person's wish to take part in a work package, with an optional note: one per person and package. */
@Entity
@Table(name = "work_package_interest")
public class WorkPackageInterest {

	public static final int MAX_NOTE = 500;

	@Id
	private UUID id;

	private UUID workPackageId;

	private UUID personId;

	private String note;

	private Instant expressedAt;

	protected WorkPackageInterest() {
		// for JPA
	}

	public static WorkPackageInterest express(UUID workPackageId, UUID personId, String note, Instant now) {
		String clean = (note == null || note.isBlank()) ? null : note.strip();
		if (clean != null && clean.length() > MAX_NOTE) {
			throw new InvalidInput("note", "tour.field.tooLong", "At most %d characters".formatted(MAX_NOTE), MAX_NOTE);
		}
		WorkPackageInterest interest = new WorkPackageInterest();
		interest.id = UUID.randomUUID();
		interest.workPackageId = workPackageId;
		interest.personId = personId;
		interest.note = clean;
		interest.expressedAt = now;
		return interest;
	}

	public UUID id() {
		return this.id;
	}

	public UUID workPackageId() {
		return this.workPackageId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String note() {
		return this.note;
	}

	public Instant expressedAt() {
		return this.expressedAt;
	}

}
