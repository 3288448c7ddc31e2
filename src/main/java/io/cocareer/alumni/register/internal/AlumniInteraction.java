package io.cocareer.alumni.register.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.alumni.InteractionKind;

import org.jspecify.annotations.Nullable;

/** One entry of the interactions log: what happened between an alumnus and the organisation. */
@Entity
@Table(name = "alumni_interaction")
public class AlumniInteraction {

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private InteractionKind kind;

	private LocalDate occurredOn;

	private String summary;

	private Long valueCents;

	private boolean hired;

	private UUID recordedBy;

	private Instant recordedAt;

	protected AlumniInteraction() {
		// for JPA
	}

	public AlumniInteraction(UUID personId, InteractionKind kind, LocalDate occurredOn, String summary,
			@Nullable Long valueCents, @Nullable UUID recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.summary = summary;
		this.valueCents = valueCents;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public void markHired() {
		this.hired = true;
	}

	public void erase() {
		this.summary = null;
		this.recordedBy = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public InteractionKind kind() {
		return this.kind;
	}

	public LocalDate occurredOn() {
		return this.occurredOn;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	public @Nullable Long valueCents() {
		return this.valueCents;
	}

	public boolean hired() {
		return this.hired;
	}

	public @Nullable UUID recordedBy() {
		return this.recordedBy;
	}

}
