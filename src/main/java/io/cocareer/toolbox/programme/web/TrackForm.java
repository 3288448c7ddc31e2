package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.TrackKind;

/** A track to add: leadership or expert, and its name. */
public class TrackForm {

	@NotNull(message = "{toolbox.programme.track.kindRequired}")
	private TrackKind kind = TrackKind.LEADERSHIP;

	@NotBlank(message = "{toolbox.programme.track.nameRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	public TrackKind getKind() {
		return this.kind;
	}

	public void setKind(TrackKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
