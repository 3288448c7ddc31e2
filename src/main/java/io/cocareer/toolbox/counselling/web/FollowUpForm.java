package io.cocareer.toolbox.counselling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;
import io.cocareer.toolbox.counselling.FollowUpOwner;

/** A follow-up to agree: what, whether the talent or the counsellor does it, by when. */
public class FollowUpForm {

	@NotBlank(message = "{toolbox.counselling.followUp.whatRequired}")
	@Size(max = CounsellingService.MAX_FOLLOW_UP, message = "{toolbox.counselling.validation.tooLong}")
	private String what;

	@NotNull(message = "{toolbox.counselling.followUp.ownerRequired}")
	private FollowUpOwner owner;

	@NotNull(message = "{toolbox.counselling.followUp.dueRequired}")
	private LocalDate dueOn;

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public FollowUpOwner getOwner() {
		return this.owner;
	}

	public void setOwner(FollowUpOwner owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
