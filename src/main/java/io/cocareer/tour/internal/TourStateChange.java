package io.cocareer.tour.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourState;

/** One move of a tour's lifecycle, kept so everyone involved sees how the tour got where it is. */
@Entity
@Table(name = "tour_state_change")
public class TourStateChange {

	@Id
	private UUID id;

	private UUID tourId;

	@Enumerated(EnumType.STRING)
	private TourState fromState;

	@Enumerated(EnumType.STRING)
	private TourState toState;

	private String reason;

	private UUID changedByPersonId;

	/** Only for a mover who is no person (an administrator, the start-date schedule). */
	private String changedBy;

	private Instant changedAt;

	protected TourStateChange() {
		// for JPA
	}

	public static TourStateChange of(UUID tourId, TourState from, TourState to, String reason, ActedBy by,
			Instant at) {
		TourStateChange change = new TourStateChange();
		change.id = UUID.randomUUID();
		change.tourId = tourId;
		change.fromState = from;
		change.toState = to;
		change.reason = reason;
		change.changedByPersonId = PersonId.valueOf(by.personId());
		change.changedBy = by.accountName();
		change.changedAt = at;
		return change;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public TourState fromState() {
		return this.fromState;
	}

	public TourState toState() {
		return this.toState;
	}

	public String reason() {
		return this.reason;
	}

	/** The mover's name when they are no person ({@link #changedByPersonId()} is then {@code null}). */
	public String changedBy() {
		return this.changedBy;
	}

	public UUID changedByPersonId() {
		return this.changedByPersonId;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

}
