package io.cocareer.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Recording that someone leaves: the last day and why. */
public class LeavingForm {

	@NotNull(message = "{people.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate leftOn;

	@NotBlank(message = "{people.validation.required}")
	@Size(max = 200, message = "{people.validation.tooLong}")
	private String reason;

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public void setLeftOn(LocalDate leftOn) {
		this.leftOn = leftOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
