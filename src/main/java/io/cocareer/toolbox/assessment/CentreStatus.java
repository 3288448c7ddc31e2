package io.cocareer.toolbox.assessment;

/**
 * Where an assessment centre stands: set up by the talent lead, open for the assessors' ratings,
 * then in its wash-up (ratings frozen, consensus recorded, reports finalised and released).
 */
public enum CentreStatus {

	SETUP, RATING, WASH_UP

}
