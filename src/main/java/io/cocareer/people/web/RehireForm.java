package io.cocareer.people.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** Welcoming someone back: a new employment period starts, the old ones stay. */
public class RehireForm {

	@NotNull(message = "{people.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate rehiredOn;

	private UUID unitId;

	public LocalDate getRehiredOn() {
		return this.rehiredOn;
	}

	public void setRehiredOn(LocalDate rehiredOn) {
		this.rehiredOn = rehiredOn;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
	}

}
