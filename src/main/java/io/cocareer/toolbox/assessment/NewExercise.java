package io.cocareer.toolbox.assessment;

/** An exercise to add to a centre. */
public record NewExercise(String name, ExerciseKind kind, String description) {

}
