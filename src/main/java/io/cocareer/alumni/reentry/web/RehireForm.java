package io.cocareer.alumni.reentry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.reentry.ReentryService;

import org.springframework.format.annotation.DateTimeFormat;

/** A fit rehired: from when, where, under whom, as what. */
public class RehireForm {

	@NotNull(message = "{alumni.reentry.rehire.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@NotNull(message = "{alumni.reentry.rehire.unitRequired}")
	private UUID unitId;

	private String managerEmployeeId;

	@Size(max = ReentryService.MAX_ROLE, message = "{alumni.reentry.tooLongField}")
	private String title;

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
	}

	public String getManagerEmployeeId() {
		return this.managerEmployeeId;
	}

	public void setManagerEmployeeId(String managerEmployeeId) {
		this.managerEmployeeId = managerEmployeeId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
