package io.cocareer.alumni.conversation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.conversation.ExitConversationService;

/** A follow-up to add: what, who does it (employee id, from the person picker), by when. */
public class FollowUpForm {

	@NotBlank(message = "{alumni.conversation.followUp.whatRequired}")
	@Size(max = ExitConversationService.MAX_FOLLOW_UP, message = "{alumni.conversation.validation.tooLong}")
	private String what;

	@NotBlank(message = "{alumni.conversation.followUp.ownerRequired}")
	private String owner;

	@NotNull(message = "{alumni.conversation.followUp.dueRequired}")
	private LocalDate dueOn;

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
