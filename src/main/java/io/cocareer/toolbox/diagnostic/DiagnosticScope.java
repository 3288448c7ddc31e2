package io.cocareer.toolbox.diagnostic;

/** What a diagnostic is about: the whole organisation, or one unit of it. */
public enum DiagnosticScope {

	ORGANISATION, UNIT

}
