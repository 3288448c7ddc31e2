package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.ProgrammeService;

/** A programme to create: its name and what it is for. */
public class ProgrammeForm {

	@NotBlank(message = "{toolbox.programme.name.required}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	@Size(max = ProgrammeService.MAX_DESCRIPTION, message = "{toolbox.programme.validation.tooLong}")
	private String description;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
