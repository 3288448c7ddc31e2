package io.cocareer.toolbox.workshop;

/** Whether a workshop takes place; whether it is upcoming or past follows from its start. */
public enum WorkshopStatus {

	SCHEDULED, CANCELLED

}
