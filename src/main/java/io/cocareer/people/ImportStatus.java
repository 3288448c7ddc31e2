package io.cocareer.people;

/**
 * Where an HR import batch stands: {@code PREVIEW} (valid, waiting for "import"), {@code REJECTED}
 * (the file has errors: nothing can be imported), {@code RUNNING}, {@code DONE} or {@code FAILED}
 * (rolled back: nothing changed).
 */
public enum ImportStatus {

	PREVIEW, REJECTED, RUNNING, DONE, FAILED;

	public boolean isFinished() {
		return this == REJECTED || this == DONE || this == FAILED;
	}

}
