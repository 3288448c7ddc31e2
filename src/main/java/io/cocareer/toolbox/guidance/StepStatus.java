package io.cocareer.toolbox.guidance;

/** Where an approach's step is in the organisation, decided by a rule on real figures. */
public enum StepStatus {

	/** Nothing the step does has happened yet. */
	NOT_STARTED,

	/** The step has begun: the first records it makes exist. */
	UNDER_WAY,

	/** The step works end to end: what it leads to has happened too. */
	IN_PLACE;

	/** The message key of the status, e.g. {@code toolbox.guidance.status.UNDER_WAY}. */
	public String labelKey() {
		return "toolbox.guidance.status." + name();
	}

}
