package io.cocareer.toolbox.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.assessment.AssessmentRules;
import io.cocareer.toolbox.assessment.ExerciseKind;
import io.cocareer.toolbox.assessment.NewExercise;

/** An exercise to add to a centre. */
public class ExerciseForm {

	@NotBlank(message = "{toolbox.assessment.exercise.nameRequired}")
	@Size(max = AssessmentRules.MAX_NAME, message = "{toolbox.assessment.tooLong}")
	private String name;

	@NotNull(message = "{toolbox.assessment.exercise.kindRequired}")
	private ExerciseKind kind;

	@Size(max = AssessmentRules.MAX_TEXT, message = "{toolbox.assessment.tooLong}")
	private String description;

	NewExercise toCommand() {
		return new NewExercise(this.name, this.kind, this.description);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ExerciseKind getKind() {
		return this.kind;
	}

	public void setKind(ExerciseKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
