package io.cocareer.tour.agreement;

/**
 * Where a version of a tour's agreement is: drafted by the organisation side, out for both
 * signatures, or signed by both (frozen for good).
 */
public enum AgreementStatus {

	DRAFT, AWAITING_SIGNATURES, SIGNED;

	public String messageKey() {
		return "tour.agreement.status." + name();
	}

}
