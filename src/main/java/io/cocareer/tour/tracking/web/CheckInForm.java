package io.cocareer.tour.tracking.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.tour.tracking.CheckInRequest;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.CheckInView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check-in as a form. Milestones are lines of text; a line starting with "[x]" is done.
 */
public class CheckInForm {

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{tour.validation.required}")
	@Min(value = 0, message = "{tour.checkIn.progressRange}")
	@Max(value = 100, message = "{tour.checkIn.progressRange}")
	private Integer progress;

	@NotNull(message = "{tour.validation.required}")
	private CheckInStatus status;

	@Size(max = 6000, message = "{tour.validation.tooLong}")
	private String milestones;

	@Size(max = 4000, message = "{tour.validation.tooLong}")
	private String note;

	CheckInRequest request() {
		List<CheckInView.MilestoneView> lines = new ArrayList<>();
		if (this.milestones != null) {
			for (String line : this.milestones.split("\\R")) {
				String text = line.strip();
				boolean done = text.toLowerCase(java.util.Locale.ROOT).startsWith("[x]");
				if (done || text.startsWith("[ ]")) {
					text = text.substring(3).strip();
				}
				if (!text.isEmpty()) {
					lines.add(new CheckInView.MilestoneView(text, done));
				}
			}
		}
		return new CheckInRequest(this.heldOn, this.progress, this.status, lines, this.note);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Integer getProgress() {
		return this.progress;
	}

	public void setProgress(Integer progress) {
		this.progress = progress;
	}

	public CheckInStatus getStatus() {
		return this.status;
	}

	public void setStatus(CheckInStatus status) {
		this.status = status;
	}

	public String getMilestones() {
		return this.milestones;
	}

	public void setMilestones(String milestones) {
		this.milestones = milestones;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
