package io.cocareer.tour.tracking;

/** How a running tour is going, as the check-in says. */
public enum CheckInStatus {

	ON_TRACK, AT_RISK, OFF_TRACK;

	/** At risk and off track ask for the talent lead's attention. */
	public boolean needsAttention() {
		return this != ON_TRACK;
	}

	public String messageKey() {
		return "tour.checkIn.status." + name();
	}

}
