package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.Commands.ChangeProgramme;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.Views.ProgrammeView;

/** A programme's new name and description, and the version of the programme they are based on. */
public class ProgrammeChangeForm {

	@NotBlank(message = "{toolbox.programme.name.required}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	@Size(max = ProgrammeService.MAX_DESCRIPTION, message = "{toolbox.programme.validation.tooLong}")
	private String description;

	private Long version;

	static ProgrammeChangeForm of(ProgrammeView programme) {
		ProgrammeChangeForm form = new ProgrammeChangeForm();
		form.name = programme.name();
		form.description = programme.description();
		form.version = programme.version();
		return form;
	}

	/** As the programme is now (after a lost race): the user makes their change again. */
	void reset(ProgrammeView programme) {
		ProgrammeChangeForm now = of(programme);
		this.name = now.name;
		this.description = now.description;
		this.version = now.version;
	}

	ChangeProgramme toCommand() {
		return new ChangeProgramme(this.name, this.description);
	}

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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
