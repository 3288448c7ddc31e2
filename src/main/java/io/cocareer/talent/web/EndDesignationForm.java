package io.cocareer.talent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Ending a designation, with the reason: the form sits on the profile page, its post is the
 * pool's ({@code /talents/{id}/designation/end}).
 */
public class EndDesignationForm {

	@NotBlank(message = "{talent.field.required}")
	@Size(max = 400, message = "{talent.validation.tooLong}")
	private String endReason;

	public String getEndReason() {
		return this.endReason;
	}

	public void setEndReason(String endReason) {
		this.endReason = endReason;
	}

}
