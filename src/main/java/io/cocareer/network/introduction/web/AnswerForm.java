package io.cocareer.network.introduction.web;

import jakarta.validation.constraints.Size;

import io.cocareer.network.introduction.IntroductionService;

/** The broker's answer: an optional note to the talent. */
public class AnswerForm {

	@Size(max = IntroductionService.MAX_TEXT, message = "{network.introduction.textTooLong}")
	private String note;

	private long version;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
