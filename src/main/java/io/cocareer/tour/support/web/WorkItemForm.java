package io.cocareer.tour.support.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.tour.Impact;
import io.cocareer.tour.support.WorkItemDraft;
import io.cocareer.tour.support.WorkItemStatus;
import io.cocareer.tour.support.WorkItemView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A resource request or an obstacle as a form: adding one (no status yet) and updating one. The
 * owner is anyone of the organisation, chosen with the person picker (their employee id).
 */
public class WorkItemForm {

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 300, message = "{tour.validation.tooLong}")
	private String what;

	@Size(max = 2000, message = "{tour.validation.tooLong}")
	private String why;

	private Impact impact;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 100, message = "{tour.validation.tooLong}")
	private String ownerEmployeeId;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private WorkItemStatus status;

	@Size(max = 2000, message = "{tour.validation.tooLong}")
	private String statusNote;

	private long version;

	static WorkItemForm of(WorkItemView item, String ownerEmployeeId) {
		WorkItemForm form = new WorkItemForm();
		form.what = item.what();
		form.why = item.why();
		form.impact = item.impact();
		form.ownerEmployeeId = ownerEmployeeId;
		form.dueOn = item.dueOn();
		form.status = item.status();
		form.statusNote = item.statusNote();
		form.version = item.version();
		return form;
	}

	WorkItemDraft draft() {
		return new WorkItemDraft(this.what, this.why, this.impact, null, this.ownerEmployeeId, this.dueOn,
				this.status, this.statusNote);
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public Impact getImpact() {
		return this.impact;
	}

	public void setImpact(Impact impact) {
		this.impact = impact;
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

	public WorkItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(WorkItemStatus status) {
		this.status = status;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
