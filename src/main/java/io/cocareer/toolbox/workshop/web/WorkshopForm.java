package io.cocareer.toolbox.workshop.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.SaveWorkshop;
import io.cocareer.toolbox.workshop.WorkshopService;
import io.cocareer.toolbox.workshop.WorkshopView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A workshop to create or change: the facilitator by employee id (from the person picker), the day
 * and the time it starts in the platform's zone, and the version read when it is changed.
 */
public class WorkshopForm {

	@NotBlank(message = "{toolbox.workshop.title.required}")
	@Size(max = WorkshopService.MAX_TITLE, message = "{toolbox.workshop.validation.tooLong}")
	private String title;

	@Size(max = WorkshopService.MAX_DESCRIPTION, message = "{toolbox.workshop.validation.tooLong}")
	private String description;

	@NotBlank(message = "{toolbox.workshop.facilitator.required}")
	private String facilitator;

	@NotNull(message = "{toolbox.workshop.startsAt.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull(message = "{toolbox.workshop.startsAt.timeRequired}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAtTime = LocalTime.of(14, 0);

	@NotNull(message = "{toolbox.workshop.duration.required}")
	@Min(value = WorkshopService.MIN_DURATION, message = "{toolbox.workshop.duration.range}")
	@Max(value = WorkshopService.MAX_DURATION, message = "{toolbox.workshop.duration.range}")
	private Integer durationMinutes = 120;

	@Size(max = WorkshopService.MAX_PLACE, message = "{toolbox.workshop.validation.tooLong}")
	private String place;

	@Size(max = WorkshopService.MAX_LINK, message = "{toolbox.workshop.validation.tooLong}")
	private String videoLink;

	@NotNull(message = "{toolbox.workshop.capacity.required}")
	@Min(value = 1, message = "{toolbox.workshop.capacity.min}")
	@Max(value = WorkshopService.MAX_CAPACITY, message = "{toolbox.workshop.capacity.max}")
	private Integer capacity = 12;

	@NotNull(message = "{toolbox.workshop.audience.required}")
	private Audience audience = Audience.EVERYONE;

	private Long version;

	static WorkshopForm of(WorkshopView workshop, String facilitatorEmployeeId) {
		WorkshopForm form = new WorkshopForm();
		form.title = workshop.title();
		form.description = workshop.description();
		form.facilitator = facilitatorEmployeeId;
		form.startsOn = workshop.startsAt().toLocalDate();
		form.startsAtTime = workshop.startsAt().toLocalTime();
		form.durationMinutes = workshop.durationMinutes();
		form.place = workshop.place();
		form.videoLink = workshop.videoLink();
		form.capacity = workshop.capacity();
		form.audience = workshop.audience();
		form.version = workshop.version();
		return form;
	}

	SaveWorkshop toCommand(PersonId facilitatorId, ZoneId zone) {
		java.time.Instant startsAt = (this.startsOn != null && this.startsAtTime != null)
				? this.startsOn.atTime(this.startsAtTime).atZone(zone).toInstant() : null;
		return new SaveWorkshop(this.title, this.description, facilitatorId, startsAt, this.durationMinutes, this.place,
				this.videoLink, this.capacity, this.audience);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getFacilitator() {
		return this.facilitator;
	}

	public void setFacilitator(String facilitator) {
		this.facilitator = facilitator;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalTime getStartsAtTime() {
		return this.startsAtTime;
	}

	public void setStartsAtTime(LocalTime startsAtTime) {
		this.startsAtTime = startsAtTime;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
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

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
