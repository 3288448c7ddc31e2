package io.cocareer.tour.catalogue;

/**
 * The four qualities the seeds ask of a work package: challenging, interesting, valuable and
 * visible. Each is rated 1 to 5 with a short justification.
 */
public enum Quality {

	CHALLENGING, INTERESTING, VALUABLE, VISIBLE;

	/** The prefix of this quality's form and request fields: {@code challengingRating}, {@code challengingJustification}. */
	public String field() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
