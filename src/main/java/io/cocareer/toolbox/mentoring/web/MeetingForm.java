package io.cocareer.toolbox.mentoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.NewMeeting;

/** A meeting to log: the day, the topics, a note only the pair reads. */
public class MeetingForm {

	private LocalDate heldOn;

	@Size(max = MentoringPairService.MAX_TOPICS)
	private String topics;

	@Size(max = MentoringPairService.MAX_TEXT)
	private String privateNote;

	NewMeeting toCommand() {
		return new NewMeeting(this.heldOn, this.topics, this.privateNote);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public String getPrivateNote() {
		return this.privateNote;
	}

	public void setPrivateNote(String privateNote) {
		this.privateNote = privateNote;
	}

}
