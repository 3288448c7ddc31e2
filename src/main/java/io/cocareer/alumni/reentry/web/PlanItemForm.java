package io.cocareer.alumni.reentry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.RepatriationService;

import org.springframework.format.annotation.DateTimeFormat;

/** An item of a repatriation plan as the lead or the hiring manager edits it. */
public class PlanItemForm {

	@Size(max = RepatriationService.MAX_NOTE, message = "{alumni.reentry.tooLongField}")
	private String note;

	private String ownerEmployeeId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@NotNull(message = "{alumni.reentry.plan.progressRequired}")
	private ItemProgress progress;

	private String buddyEmployeeId;

	private UUID workPackageId;

	private Long version;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getOwnerEmployeeId() {
		return this.ownerEmployeeId;
	}

	public void setOwnerEmployeeId(String ownerEmployeeId) {
		this.ownerEmployeeId = ownerEmployeeId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public ItemProgress getProgress() {
		return this.progress;
	}

	public void setProgress(ItemProgress progress) {
		this.progress = progress;
	}

	public String getBuddyEmployeeId() {
		return this.buddyEmployeeId;
	}

	public void setBuddyEmployeeId(String buddyEmployeeId) {
		this.buddyEmployeeId = buddyEmployeeId;
	}

	public UUID getWorkPackageId() {
		return this.workPackageId;
	}

	public void setWorkPackageId(UUID workPackageId) {
		this.workPackageId = workPackageId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
