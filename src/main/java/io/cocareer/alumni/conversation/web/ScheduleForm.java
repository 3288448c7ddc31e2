package io.cocareer.alumni.conversation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.cocareer.alumni.conversation.HolderKind;

/** A conversation to schedule: the talent (by employee id, from the person picker), who holds it, the day. */
public class ScheduleForm {

	@NotBlank(message = "{alumni.conversation.talent.required}")
	private String talent;

	private HolderKind holder = HolderKind.TALENT_LEAD;

	@NotNull(message = "{alumni.conversation.scheduledOn.required}")
	private LocalDate scheduledOn;

	public String getTalent() {
		return this.talent;
	}

	public void setTalent(String talent) {
		this.talent = talent;
	}

	public HolderKind getHolder() {
		return this.holder;
	}

	public void setHolder(HolderKind holder) {
		this.holder = holder;
	}

	public LocalDate getScheduledOn() {
		return this.scheduledOn;
	}

	public void setScheduledOn(LocalDate scheduledOn) {
		this.scheduledOn = scheduledOn;
	}

}
