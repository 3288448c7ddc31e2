package io.cocareer.tour.web;

import io.cocareer.shared.web.PageProblems;

/** What the pages of the tour and its nested modules share. */
public final class TourPages {

	/** A refusal on a tour page, with a lost race in the tour's words. */
	public static final PageProblems PROBLEMS = new PageProblems("tour.stale");

	private TourPages() {
	}

}
