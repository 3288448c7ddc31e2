package io.cocareer.alumni;

/** How often an alumnus has agreed to hear from the organisation. */
public enum ContactCadence {

	MONTHLY, QUARTERLY, TWICE_A_YEAR, YEARLY

}
