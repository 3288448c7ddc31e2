package io.cocareer.toolbox.programme.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.ProgrammeService;

/** A cohort to create for a track: its name, start, end (may be open), capacity (may be unlimited). */
public class CohortForm {

	@NotNull(message = "{toolbox.programme.track.required}")
	private UUID track;

	@NotBlank(message = "{toolbox.programme.cohort.nameRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	@NotNull(message = "{toolbox.programme.cohort.startRequired}")
	private LocalDate startsOn;

	private LocalDate endsOn;

	@Min(value = 1, message = "{toolbox.programme.validation.capacityRange}")
	@Max(value = ProgrammeService.MAX_CAPACITY, message = "{toolbox.programme.validation.capacityRange}")
	private Integer capacity;

	public UUID getTrack() {
		return this.track;
	}

	public void setTrack(UUID track) {
		this.track = track;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

}
