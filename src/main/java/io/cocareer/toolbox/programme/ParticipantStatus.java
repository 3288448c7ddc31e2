package io.cocareer.toolbox.programme;

/** Where a participant stands in a cohort. */
public enum ParticipantStatus {

	ENROLLED, COMPLETED, WITHDRAWN

}
