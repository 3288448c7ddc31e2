package io.cocareer.toolbox.diagnostic;

/** Where a diagnostic stands: open while it collects answers, closed once its result is frozen. */
public enum DiagnosticStatus {

	OPEN, CLOSED

}
