package io.cocareer.alumni;

/** Whether the organisation would hire someone who left again. */
public enum RehireEligibility {

	YES, WITH_REVIEW, NO

}
