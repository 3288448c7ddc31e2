package io.cocareer.toolbox.counselling.web;

import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;

/** The notes of a held session (confidential), and the version read. */
public class NotesForm {

	@Size(max = CounsellingService.MAX_NOTES, message = "{toolbox.counselling.validation.tooLong}")
	private String notes;

	private Long version;

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
