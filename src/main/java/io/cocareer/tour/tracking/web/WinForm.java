package io.cocareer.tour.tracking.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinRequest;

import org.springframework.format.annotation.DateTimeFormat;

/** A win as a form; the audience is the talent's to choose. */
public class WinForm {

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 160, message = "{tour.validation.tooLong}")
	private String title;

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 4000, message = "{tour.validation.tooLong}")
	private String story;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate wonOn;

	private WinAudience audience;

	WinRequest request() {
		return new WinRequest(this.title, this.story, this.wonOn, this.audience);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getStory() {
		return this.story;
	}

	public void setStory(String story) {
		this.story = story;
	}

	public LocalDate getWonOn() {
		return this.wonOn;
	}

	public void setWonOn(LocalDate wonOn) {
		this.wonOn = wonOn;
	}

	public WinAudience getAudience() {
		return this.audience;
	}

	public void setAudience(WinAudience audience) {
		this.audience = audience;
	}

}
