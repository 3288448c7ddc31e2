package io.cocareer.network.recruit;

/** Where a candidate is in recruitment. {@link #HIRED} is reached only by hiring them. */
public enum CandidateStage {

	SOURCED, APPLIED, INTERVIEWING, OFFER, HIRED, DECLINED;

	/** Whether a stage change may set this stage (hiring is its own step). */
	public boolean settable() {
		return this != HIRED;
	}

}
