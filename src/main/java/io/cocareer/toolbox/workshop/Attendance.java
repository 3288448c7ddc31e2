package io.cocareer.toolbox.workshop;

/** Whether an enrolled person came, recorded after the start by the facilitator or the talent lead. */
public enum Attendance {

	ATTENDED, NO_SHOW

}
