package io.cocareer.network.introduction.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionService;

import org.springframework.format.annotation.DateTimeFormat;

/** The broker records the introduction made: how, when, and a note. */
public class IntroducedForm {

	@NotNull(message = "{network.introduction.channelRequired}")
	private IntroductionChannel channel;

	@NotNull(message = "{network.introduction.dateRequired}")
	@PastOrPresent(message = "{network.introduction.dateInFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate introducedOn;

	@Size(max = IntroductionService.MAX_TEXT, message = "{network.introduction.textTooLong}")
	private String note;

	private long version;

	public IntroductionChannel getChannel() {
		return this.channel;
	}

	public void setChannel(IntroductionChannel channel) {
		this.channel = channel;
	}

	public LocalDate getIntroducedOn() {
		return this.introducedOn;
	}

	public void setIntroducedOn(LocalDate introducedOn) {
		this.introducedOn = introducedOn;
	}

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
