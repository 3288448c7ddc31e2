package io.cocareer.toolbox.workshop.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.SeatStatus;

/** A person's place in a workshop: enrolled, or waiting in line by its ordinal; whether they came. */
@Entity
@Table(name = "toolbox_workshop_seat")
public class Seat {

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private SeatStatus status;

	private int ordinal;

	@Enumerated(EnumType.STRING)
	private Attendance attendance;

	private Instant requestedAt;

	protected Seat() {
		// for JPA
	}

	Seat(UUID personId, SeatStatus status, int ordinal, Instant requestedAt) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.status = status;
		this.ordinal = ordinal;
		this.requestedAt = requestedAt;
	}

	void moveUp() {
		this.status = SeatStatus.ENROLLED;
	}

	void backdate(java.time.Duration back) {
		this.requestedAt = this.requestedAt.minus(back);
	}

	void record(Attendance attendance) {
		this.attendance = attendance;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public SeatStatus status() {
		return this.status;
	}

	public boolean enrolled() {
		return this.status == SeatStatus.ENROLLED;
	}

	public boolean waiting() {
		return this.status == SeatStatus.WAITING;
	}

	public int ordinal() {
		return this.ordinal;
	}

	public Attendance attendance() {
		return this.attendance;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

}
