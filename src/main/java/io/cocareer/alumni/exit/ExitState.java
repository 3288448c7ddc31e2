package io.cocareer.alumni.exit;

/** Where an exit protocol is: open while the sections are filled in, completed once the person has left. */
public enum ExitState {

	IN_PROGRESS, COMPLETED

}
