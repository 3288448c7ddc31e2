package io.cocareer.toolbox.counselling.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.counselling.CounsellingService;

/** When and where a session takes place: the day, the start and end times, a place or a video link; the version read. */
public class ScheduleForm {

	@NotNull(message = "{toolbox.counselling.date.required}")
	private LocalDate date;

	@NotNull(message = "{toolbox.counselling.startsAt.required}")
	private LocalTime startTime;

	@NotNull(message = "{toolbox.counselling.endsAt.required}")
	private LocalTime endTime;

	@Size(max = CounsellingService.MAX_PLACE, message = "{toolbox.counselling.validation.tooLong}")
	private String place;

	@Size(max = CounsellingService.MAX_LINK, message = "{toolbox.counselling.validation.tooLong}")
	private String videoLink;

	private Long version;

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getVideoLink() {
		return this.videoLink;
	}

	public void setVideoLink(String videoLink) {
		this.videoLink = videoLink;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
