package io.cocareer.people.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "employment_period")
public class EmploymentPeriod {

	@Id
	private UUID id;

	private LocalDate startedOn;

	private LocalDate endedOn;

	private String endReason;

	protected EmploymentPeriod() {
		// for JPA
	}

	EmploymentPeriod(LocalDate startedOn) {
		this.id = UUID.randomUUID();
		this.startedOn = startedOn;
	}

	void end(LocalDate on, String reason) {
		this.endedOn = on;
		this.endReason = reason;
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	public String endReason() {
		return this.endReason;
	}

}
