package io.cocareer.toolbox.programme.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.programme.Commands.ChangeCohort;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.Views.CohortView;

/** A cohort's new name and dates (the end may stay open), and the version of the cohort they are based on. */
public class CohortChangeForm {

	@NotBlank(message = "{toolbox.programme.cohort.nameRequired}")
	@Size(max = ProgrammeService.MAX_NAME, message = "{toolbox.programme.validation.tooLong}")
	private String name;

	@NotNull(message = "{toolbox.programme.cohort.startRequired}")
	private LocalDate startsOn;

	private LocalDate endsOn;

	private Long version;

	static CohortChangeForm of(CohortView cohort) {
		CohortChangeForm form = new CohortChangeForm();
		form.name = cohort.name();
		form.startsOn = cohort.startsOn();
		form.endsOn = cohort.endsOn();
		form.version = cohort.version();
		return form;
	}

	/** As the cohort is now (after a lost race): the user makes their change again. */
	void reset(CohortView cohort) {
		CohortChangeForm now = of(cohort);
		this.name = now.name;
		this.startsOn = now.startsOn;
		this.endsOn = now.endsOn;
		this.version = now.version;
	}

	ChangeCohort toCommand() {
		return new ChangeCohort(this.name, this.startsOn, this.endsOn);
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
