package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.Commands.ChangeModule;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.Views.ModuleView;
import io.cocareer.toolbox.programme.Views.ProgrammeView;

/** A module's new title, description and expected effort, and the version of the programme they are based on. */
public class ModuleChangeForm {

	@NotBlank(message = "{toolbox.programme.module.titleRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String title;

	@Size(max = ProgrammeService.MAX_DESCRIPTION, message = "{toolbox.programme.validation.tooLong}")
	private String description;

	@Min(value = 1, message = "{toolbox.programme.validation.effortRange}")
	@Max(value = ProgrammeService.MAX_EFFORT, message = "{toolbox.programme.validation.effortRange}")
	private Integer effortHours;

	private Long version;

	static ModuleChangeForm of(ProgrammeView programme, ModuleView module) {
		ModuleChangeForm form = new ModuleChangeForm();
		form.title = module.title();
		form.description = module.description();
		form.effortHours = module.effortHours();
		form.version = programme.version();
		return form;
	}

	/** As the module is now (after a lost race): the user makes their change again. */
	void reset(ProgrammeView programme, ModuleView module) {
		ModuleChangeForm now = of(programme, module);
		this.title = now.title;
		this.description = now.description;
		this.effortHours = now.effortHours;
		this.version = now.version;
	}

	ChangeModule toCommand() {
		return new ChangeModule(this.title, this.description, this.effortHours);
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
