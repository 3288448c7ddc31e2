package io.cocareer.network.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.cocareer.network.recruit.CandidateStage;

/** A candidate as the new-candidate and edit forms hold them; the hiring manager is picked by name (an employee id). */
public class CandidateForm {

	@NotBlank(message = "{recruit.candidate.nameRequired}")
	@Size(max = 120, message = "{recruit.field.tooLong}")
	private String name;

	@NotBlank(message = "{recruit.candidate.roleRequired}")
	@Size(max = 120, message = "{recruit.field.tooLong}")
	private String roleAppliedFor;

	@NotNull(message = "{recruit.field.required}")
	private CandidateStage stage = CandidateStage.SOURCED;

	@Size(max = 1000, message = "{recruit.field.tooLong}")
	private String note;

	@Size(max = 40, message = "{recruit.field.tooLong}")
	private String hiringManagerEmployeeId;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRoleAppliedFor() {
		return this.roleAppliedFor;
	}

	public void setRoleAppliedFor(String roleAppliedFor) {
		this.roleAppliedFor = roleAppliedFor;
	}

	public CandidateStage getStage() {
		return this.stage;
	}

	public void setStage(CandidateStage stage) {
		this.stage = stage;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getHiringManagerEmployeeId() {
		return this.hiringManagerEmployeeId;
	}

	public void setHiringManagerEmployeeId(String hiringManagerEmployeeId) {
		this.hiringManagerEmployeeId = hiringManagerEmployeeId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
