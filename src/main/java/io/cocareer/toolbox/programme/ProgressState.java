package io.cocareer.toolbox.programme;

/** A participant's progress on one module. */
public enum ProgressState {

	NOT_STARTED, IN_PROGRESS, COMPLETED

}
