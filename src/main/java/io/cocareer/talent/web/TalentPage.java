package io.cocareer.talent.web;

import io.cocareer.shared.web.PageProblems;

/**
 * A page controller of the talent module, whichever part it belongs to: {@link TalentFormAdvice}
 * answers its unusable form posts, and {@link #PROBLEMS} puts a service's refusal on its form.
 */
public interface TalentPage {

	/** A refusal on the talent pages, with a lost race in the talent module's words. */
	PageProblems PROBLEMS = new PageProblems("talent.stale");

}
