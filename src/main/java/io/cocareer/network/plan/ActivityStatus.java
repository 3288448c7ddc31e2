package io.cocareer.network.plan;

/** Where an activity stands: planned ones commit the fund, done ones spend it, cancelled ones neither. */
public enum ActivityStatus {
	PLANNED, DONE, CANCELLED
}
