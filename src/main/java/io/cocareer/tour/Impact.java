package io.cocareer.tour;

/** How much an obstacle holds the tour back. */
public enum Impact {

	LOW, MEDIUM, HIGH;

	public String messageKey() {
		return "tour.work.impact." + name();
	}

}
