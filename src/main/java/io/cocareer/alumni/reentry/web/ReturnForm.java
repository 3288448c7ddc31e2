package io.cocareer.alumni.reentry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.reentry.ReentryService;

import org.springframework.format.annotation.DateTimeFormat;

/** What an alumnus asks when they want to come back (the lead's start form adds whom). */
public class ReturnForm {

	@NotBlank(message = "{alumni.reentry.targetRoleRequired}")
	@Size(max = ReentryService.MAX_ROLE, message = "{alumni.reentry.tooLongField}")
	private String targetRole;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate availableFrom;

	@Size(max = ReentryService.MAX_TEXT, message = "{alumni.reentry.tooLongField}")
	private String employersSince;

	@Size(max = ReentryService.MAX_TEXT, message = "{alumni.reentry.tooLongField}")
	private String newSkills;

	@Size(max = ReentryService.MAX_WHY, message = "{alumni.reentry.tooLongField}")
	private String whyReturn;

	private UUID personId;

	private String hiringManagerEmployeeId;

	public String getTargetRole() {
		return this.targetRole;
	}

	public void setTargetRole(String targetRole) {
		this.targetRole = targetRole;
	}

	public LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	public void setAvailableFrom(LocalDate availableFrom) {
		this.availableFrom = availableFrom;
	}

	public String getEmployersSince() {
		return this.employersSince;
	}

	public void setEmployersSince(String employersSince) {
		this.employersSince = employersSince;
	}

	public String getNewSkills() {
		return this.newSkills;
	}

	public void setNewSkills(String newSkills) {
		this.newSkills = newSkills;
	}

	public String getWhyReturn() {
		return this.whyReturn;
	}

	public void setWhyReturn(String whyReturn) {
		this.whyReturn = whyReturn;
	}

	public UUID getPersonId() {
		return this.personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public String getHiringManagerEmployeeId() {
		return this.hiringManagerEmployeeId;
	}

	public void setHiringManagerEmployeeId(String hiringManagerEmployeeId) {
		this.hiringManagerEmployeeId = hiringManagerEmployeeId;
	}

}
