package io.cocareer.toolbox.programme.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.ProgrammeService;

/** A module to add at the end of a track: the track, title, description, expected effort in hours, required or elective. */
public class ModuleForm {

	@NotNull(message = "{toolbox.programme.track.required}")
	private UUID track;

	@NotBlank(message = "{toolbox.programme.module.titleRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String title;

	@Size(max = ProgrammeService.MAX_DESCRIPTION, message = "{toolbox.programme.validation.tooLong}")
	private String description;

	@Min(value = 1, message = "{toolbox.programme.validation.effortRange}")
	@Max(value = ProgrammeService.MAX_EFFORT, message = "{toolbox.programme.validation.effortRange}")
	private Integer effortHours;

	private boolean required = true;

	public UUID getTrack() {
		return this.track;
	}

	public void setTrack(UUID track) {
		this.track = track;
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

	public Integer getEffortHours() {
		return this.effortHours;
	}

	public void setEffortHours(Integer effortHours) {
		this.effortHours = effortHours;
	}

	public boolean getRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

}
