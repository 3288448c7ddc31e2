package io.cocareer.tour.review;

/** What follows a tour, decided in its closing review. */
public enum NextStep {

	NEW_TOUR, RENEWAL, GOOD_EXIT;

	public String messageKey() {
		return "tour.closing.nextStep." + name();
	}

}
