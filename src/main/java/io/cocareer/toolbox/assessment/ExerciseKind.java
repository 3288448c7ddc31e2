package io.cocareer.toolbox.assessment;

/** The kinds of exercise an assessment centre runs. */
public enum ExerciseKind {

	IN_TRAY, ROLE_PLAY, GROUP_DISCUSSION, PRESENTATION, CASE_STUDY, INTERVIEW, OTHER

}
