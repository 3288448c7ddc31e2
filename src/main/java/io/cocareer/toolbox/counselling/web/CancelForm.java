package io.cocareer.toolbox.counselling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;

/** Why a session is cancelled, and the version read. */
public class CancelForm {

	@NotBlank(message = "{toolbox.counselling.reason.required}")
	@Size(max = CounsellingService.MAX_REASON, message = "{toolbox.counselling.validation.tooLong}")
	private String reason;

	private Long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
