package io.cocareer.toolbox.mentoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.mentoring.MentoringService;
import io.cocareer.toolbox.mentoring.NewCohort;

/** A cohort to open: its title, its goal, its first and last day. */
public class CohortForm {

	@NotBlank(message = "{toolbox.mentoring.title.required}")
	@Size(max = MentoringService.MAX_TITLE)
	private String title;

	@Size(max = MentoringService.MAX_GOAL)
	private String goal;

	@NotNull(message = "{toolbox.mentoring.startsOn.required}")
	private LocalDate startsOn;

	@NotNull(message = "{toolbox.mentoring.endsOn.required}")
	private LocalDate endsOn;

	NewCohort toCommand() {
		return new NewCohort(this.title, this.goal, this.startsOn, this.endsOn);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
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

}
