package io.cocareer.toolbox.counselling.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/** A person on the talent lead's list of counsellors, since a day. */
@Entity
@Table(name = "toolbox_counsellor")
public class Counsellor implements Persistable<UUID> {

	@Id
	private UUID personId;

	private LocalDate addedOn;

	@jakarta.persistence.Transient
	private boolean fresh;

	protected Counsellor() {
		// for JPA
	}

	public Counsellor(UUID personId, LocalDate addedOn) {
		this.personId = personId;
		this.addedOn = addedOn;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return this.personId;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	public UUID personId() {
		return this.personId;
	}

	public LocalDate addedOn() {
		return this.addedOn;
	}

}
