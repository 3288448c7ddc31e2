package io.cocareer.tour.tracking;

/** A coaching session is requested by the talent, scheduled by the manager or lead, then done. */
public enum CoachingStatus {

	REQUESTED, SCHEDULED, DONE;

	public String messageKey() {
		return "tour.coaching.status." + name();
	}

}
